package org.lumbarguide;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;

/**
 * Collects every event logged while it is open, so a test can inspect what was logged without it being
 * printed: the console only shows warnings and errors (see {@code logback-test.xml}).
 */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger root;

    private LogCapture() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        setName("log-capture");
        setContext(root.getLoggerContext());
        start();
        root.addAppender(this);
    }

    /** Starts collecting from the root logger; close it to stop. */
    public static LogCapture root() {
        return new LogCapture();
    }

    @Override
    protected void append(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(event.getLevel().toString()).append(' ').append(event.getLoggerName())
                .append(" - ").append(event.getFormattedMessage());
        if (event.getThrowableProxy() != null) {
            line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
        }
        lines.add(line.toString());
    }

    /** Every line collected so far, with its level and logger. */
    public String text() {
        return String.join("\n", lines);
    }

    @Override
    public void close() {
        root.detachAppender(this);
        stop();
    }
}
