package org.lumbarguide.handout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.springframework.util.MultiValueMap;

/**
 * What a clinician chose in the handout builder. A ticked topic with no parts chosen is the whole topic;
 * parts chosen are those parts only. Topics, sections, paper, size, language, format and the QR option
 * travel in the URL (so a clinic can bookmark its standard set); the clinician's note and the
 * patient's name and the patient's 24-hour helpline number only ever arrive in a POST body and are never
 * stored or logged.
 */
record HandoutRequest(List<String> topic, List<String> section, String paper, String size, String lang,
                      Boolean qr, String clinicName, String clinicPhone, String note,
                      String patientName, String helplineNumber, String format) {

    /** The language of a request that names none. */
    static final String DEFAULT_LANGUAGE = "en";

    static final int MAX_NOTE = 1000;
    static final int MAX_NAME = 100;
    static final int MAX_CLINIC = 120;
    static final int MAX_PHONE = 40;

    HandoutRequest {
        topic = topic == null ? List.of() : topic.stream().filter(Objects::nonNull).toList();
        section = section == null ? List.of() : section.stream().filter(Objects::nonNull).toList();
        paper = Paper.normalise(paper);
        size = size == null || size.isBlank() ? "regular" : size.strip().toLowerCase(Locale.ROOT);
        lang = lang == null || lang.isBlank() ? DEFAULT_LANGUAGE : lang.strip();
        qr = qr == null || qr;
        clinicName = clean(clinicName);
        clinicPhone = clean(clinicPhone);
        note = note == null ? "" : note.strip();
        patientName = clean(patientName);
        helplineNumber = clean(helplineNumber);
        format = format == null || format.isBlank() ? FULL : format.strip().toLowerCase(Locale.ROOT);
    }

    /** The whole of every chosen topic or part. */
    static final String FULL = "full";
    /** One page per topic: its summary, the emergency box and the questions to ask. */
    static final String KEY_POINTS = "keypoints";

    /** Public, as the record's own accessors are: templates call it. */
    public boolean keyPoints() {
        return KEY_POINTS.equals(format);
    }

    private static final Set<String> YES = Set.of("true", "on", "yes", "1");
    private static final Set<String> NO = Set.of("false", "off", "no", "0");

    /**
     * The request from its parameters by their plain names. Read by hand rather than by data binding,
     * so that no parameter name (such as {@code section[100000]}) can make the binder build a list,
     * and parameters the form does not have are simply ignored.
     */
    static HandoutRequest from(MultiValueMap<String, String> parameters) {
        List<String> topics = new ArrayList<>(parameters.getOrDefault("topic", List.of()));
        // Old bookmarks say questions=true: that is the questions topic, which the topic list now offers.
        if (Boolean.TRUE.equals(yesNo(parameters.getFirst("questions")))
                && !topics.contains(HandoutService.QUESTIONS_TOPIC)) {
            topics.add(HandoutService.QUESTIONS_TOPIC);
        }
        return new HandoutRequest(topics, parameters.getOrDefault("section", List.of()), parameters.getFirst("paper"),
                parameters.getFirst("size"), parameters.getFirst("lang"),
                yesNo(parameters.getFirst("qr")), parameters.getFirst("clinicName"),
                parameters.getFirst("clinicPhone"), parameters.getFirst("note"), parameters.getFirst("patientName"),
                parameters.getFirst("helplineNumber"), parameters.getFirst("format"));
    }

    /** Yes, no, or (for anything else) not answered, so the question keeps its default. */
    private static Boolean yesNo(String value) {
        if (value == null) {
            return null;
        }
        String answer = value.strip().toLowerCase(Locale.ROOT);
        return YES.contains(answer) ? Boolean.TRUE : NO.contains(answer) ? Boolean.FALSE : null;
    }

    /** The note, the patient's name and their helpline number are only ever read from a POST body. */
    HandoutRequest withoutPrivateFields() {
        return new HandoutRequest(topic, section, paper, size, lang, qr, clinicName, clinicPhone, null, null,
                null, format);
    }

    /** A blank form starts with the deployment's own 24-hour helpline number, which the clinician can change. */
    HandoutRequest withHelplineNumber(String number) {
        return new HandoutRequest(topic, section, paper, size, lang, qr, clinicName, clinicPhone, note,
                patientName, number, format);
    }

    /** No paper chosen: the paper of the deployment's region. */
    HandoutRequest withDefaultPaper(String defaultPaper) {
        return paper.isEmpty() ? new HandoutRequest(topic, section, defaultPaper, size, lang, qr, clinicName,
                clinicPhone, note, patientName, helplineNumber, format) : this;
    }

    /**
     * The same handout, said one way only: a topic with parts chosen is ticked too, and a topic with every
     * part chosen is the whole topic (so the form shows it as such, and bookmarks stay short). Values the
     * guide does not have are kept as they are, for the error message.
     */
    HandoutRequest tidied(List<HandoutService.TopicChoice> choices) {
        Set<String> topics = new LinkedHashSet<>(topic);
        Set<String> sections = new LinkedHashSet<>(section);
        for (HandoutService.TopicChoice choice : choices) {
            List<String> parts = choice.sections().stream().map(s -> choice.key() + ":" + s.anchor()).toList();
            if (parts.stream().anyMatch(sections::contains)) {
                topics.add(choice.key());
            }
            if (sections.containsAll(parts)) {
                parts.forEach(sections::remove);
            }
        }
        return new HandoutRequest(List.copyOf(topics), List.copyOf(sections), paper, size, lang, qr,
                clinicName, clinicPhone, note, patientName, helplineNumber, format);
    }

    public boolean largePrint() {
        return "large".equals(size);
    }

    boolean isEmpty() {
        return topic.isEmpty() && section.isEmpty();
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
