package org.lumbarguide.feedback;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a reader sends: the page (its slug), the answer and an optional comment. Sizes are the database
 * columns' (topic.slug, reader_feedback.comment); an unknown page is refused whole, not as a field.
 *
 * @param comment as the reader typed it: a browser counts a line break as one character against the form's
 *                maxlength but sends it as two (CR LF), so line breaks are made one again before it is measured
 */
record FeedbackForm(@Size(max = MAX_TOPIC) String topic,
                    @NotNull @Pattern(regexp = "yes|no") String answer,
                    @Size(max = ReaderFeedback.MAX_COMMENT) String comment) {

    /** The only request parameters bound (InitBinder). */
    static final String[] FIELDS = {"topic", "answer", "comment"};

    static final int MAX_TOPIC = 120;

    FeedbackForm {
        topic = topic == null ? "" : topic;
        comment = comment == null ? "" : comment.replace("\r\n", "\n").replace('\r', '\n');
    }

    boolean helpful() {
        return "yes".equals(answer);
    }
}
