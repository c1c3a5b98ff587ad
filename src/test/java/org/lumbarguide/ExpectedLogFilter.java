package org.lumbarguide;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps off the console the errors that tests provoke on purpose, so a green build does not look broken.
 * A test marks such an error by putting {@link #EXPECTED} in its exception's message. The event still
 * goes to {@code target/test.log}, and any other warning or error still reaches the console.
 */
public final class ExpectedLogFilter extends Filter<ILoggingEvent> {

    /** Put this in the message of an exception a test throws on purpose. */
    public static final String EXPECTED = "[expected by a test]";

    @Override
    public FilterReply decide(ILoggingEvent event) {
        if (contains(event.getFormattedMessage())) {
            return FilterReply.DENY;
        }
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            if (contains(t.getMessage())) {
                return FilterReply.DENY;
            }
        }
        return FilterReply.NEUTRAL;
    }

    private static boolean contains(String text) {
        return text != null && text.contains(EXPECTED);
    }
}
