package org.lumbarguide.handout;

import java.util.List;
import java.util.Locale;

/**
 * What a clinician chose in the handout builder. Topics, sections, paper, size, language and the two
 * options travel in the URL (so a clinic can bookmark its standard set); the clinician's note and the
 * patient's name and the patient's 24-hour helpline number only ever arrive in a POST body and are never
 * stored or logged.
 */
record HandoutRequest(List<String> topic, List<String> section, String paper, String size, String lang,
                      Boolean questions, Boolean qr, String clinicName, String clinicPhone, String note,
                      String patientName, String helplineNumber) {

    static final int MAX_NOTE = 1000;
    static final int MAX_NAME = 100;
    static final int MAX_CLINIC = 120;
    static final int MAX_PHONE = 40;

    HandoutRequest {
        topic = topic == null ? List.of() : List.copyOf(topic);
        section = section == null ? List.of() : List.copyOf(section);
        paper = Paper.normalise(paper);
        size = size == null || size.isBlank() ? "regular" : size.strip().toLowerCase(Locale.ROOT);
        lang = lang == null || lang.isBlank() ? "en" : lang.strip();
        questions = questions != null && questions;
        qr = qr == null || qr;
        clinicName = clean(clinicName);
        clinicPhone = clean(clinicPhone);
        note = note == null ? "" : note.strip();
        patientName = clean(patientName);
        helplineNumber = clean(helplineNumber);
    }

    /** The note, the patient's name and their helpline number are only ever read from a POST body. */
    HandoutRequest withoutPrivateFields() {
        return new HandoutRequest(topic, section, paper, size, lang, questions, qr, clinicName, clinicPhone, null, null,
                null);
    }

    /** A blank form starts with the deployment's own 24-hour helpline number, which the clinician can change. */
    HandoutRequest withHelplineNumber(String number) {
        return new HandoutRequest(topic, section, paper, size, lang, questions, qr, clinicName, clinicPhone, note,
                patientName, number);
    }

    /** No paper chosen: the paper of the deployment's region. */
    HandoutRequest withDefaultPaper(String defaultPaper) {
        return paper.isEmpty() ? new HandoutRequest(topic, section, defaultPaper, size, lang, questions, qr, clinicName,
                clinicPhone, note, patientName, helplineNumber) : this;
    }

    boolean largePrint() {
        return "large".equals(size);
    }

    boolean isEmpty() {
        return topic.isEmpty() && section.isEmpty() && !questions;
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
