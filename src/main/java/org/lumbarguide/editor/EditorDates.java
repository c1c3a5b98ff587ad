package org.lumbarguide.editor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Dates on the editor's pages as people read them ("3 Dec 2026, 19:12"; Spanish "3 dic 2026, 19:12"), in the
 * deployment's time zone (the application clock's), never as ISO timestamps. The patterns are messages
 * ({@code editor.date.dateTime}, {@code editor.date.date}), so each language words its own. Templates reach it as
 * {@code #editorDates}: {@code ${#editorDates.dateTime(revision.publishedAt())}}. A Thymeleaf dialect rather than a
 * model attribute, so every editor page has it, also those an exception handler or a filter renders.
 */
@Component
class EditorDates extends AbstractDialect implements IExpressionObjectDialect {

    static final String NAME = "editorDates";

    private final MessageSource messages;
    private final ZoneId zone;

    EditorDates(MessageSource messages, Clock clock) {
        super("editor-dates");
        this.messages = messages;
        this.zone = clock.getZone();
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName) ? in(context.getLocale()) : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }

    /** The formatter for one page's language. */
    Formats in(Locale locale) {
        return new Formats(messages, locale, zone);
    }

    /** What templates call. Each method takes null (nothing to show) and gives "". */
    public static final class Formats {

        private final DateTimeFormatter dateTime;
        private final DateTimeFormatter date;
        private final ZoneId zone;

        Formats(MessageSource messages, Locale locale, ZoneId zone) {
            this.dateTime = DateTimeFormatter.ofPattern(messages.getMessage("editor.date.dateTime", null, locale), locale);
            this.date = DateTimeFormatter.ofPattern(messages.getMessage("editor.date.date", null, locale), locale);
            this.zone = zone;
        }

        /** A moment (an {@link Instant}, or a date and time), with the time of day, in the deployment's zone. */
        public String dateTime(TemporalAccessor moment) {
            return moment == null ? "" : dateTime.format(zoned(moment));
        }

        /** A day ("3 Dec 2026"); a moment is shown as its day in the deployment's zone. */
        public String date(TemporalAccessor day) {
            if (day == null) {
                return "";
            }
            return date.format(day instanceof LocalDate local ? local : zoned(day));
        }

        private ZonedDateTime zoned(TemporalAccessor moment) {
            if (moment instanceof Instant instant) {
                return instant.atZone(zone);
            }
            if (moment instanceof LocalDateTime local) {
                return local.atZone(zone);
            }
            if (moment instanceof LocalDate local) {
                return local.atStartOfDay(zone);
            }
            return ZonedDateTime.from(moment).withZoneSameInstant(zone);
        }
    }
}
