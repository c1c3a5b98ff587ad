package org.lumbarguide.handout;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf logs through its own java.util.logging console handler, which bypasses the application's
 * logging and prints a dozen INFO lines for every new renderer. This sends its messages to SLF4J
 * instead (its own SLF4J module is not on Maven Central for our version): its INFO chatter becomes
 * DEBUG, its warnings and errors stay what they are.
 */
final class PdfRendererLogging implements XRLogger {

    private PdfRendererLogging() {
    }

    /** Installs the bridge once, before the first PDF is made. */
    static synchronized void install() {
        if (!(XRLog.getLoggerImpl() instanceof PdfRendererLogging)) {
            XRLog.setLoggerImpl(new PdfRendererLogging());
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable failure) {
        Logger logger = LoggerFactory.getLogger(where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            logger.error(message, failure);
        } else if (value >= Level.WARNING.intValue()) {
            logger.warn(message, failure);
        } else if (value >= Level.INFO.intValue()) {
            logger.debug(message, failure);
        } else {
            logger.trace(message, failure);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are set in the application's logging configuration.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int value = diagnostic.getLevel().intValue();
        return value >= Level.WARNING.intValue() || (value >= Level.INFO.intValue() ? logger.isDebugEnabled()
                : logger.isTraceEnabled());
    }
}
