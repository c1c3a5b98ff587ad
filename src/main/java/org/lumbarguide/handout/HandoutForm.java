package org.lumbarguide.handout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.constraints.Size;

/**
 * What a clinician chose in the handout builder, bound by Spring from the form's fields (HandoutController's
 * {@code @InitBinder} names them: {@link #FIELDS}) and checked by Bean Validation. A ticked topic with no parts
 * chosen is the whole topic; parts chosen are those parts only. Topics, parts, paper, size, language, format and
 * the QR option travel in the URL (so a clinic can bookmark its standard set: {@link #BOOKMARKED}); the
 * clinician's note, the patient's name and the patient's 24-hour helpline number only ever arrive in a POST
 * body, and are never stored or logged.
 * <p>
 * Messages: a value that is not one of the choices is Spring's {@code typeMismatch.handoutForm.<field>}; the
 * standard constraints' messages are Spring's codes too ({@code Size.handoutForm.<field>}, with the limit as
 * {@code {1}}); this package's own constraints ({@link OnOffer}, {@link SomethingChosen}) name their keys and say
 * which values they could not find. All are in messages.properties, in the request's language.
 */
@OnOffer
@SomethingChosen(groups = HandoutForm.Complete.class)
class HandoutForm {

    /**
     * The group of checks for a handout about to be made, beyond those of a form being filled in (a bookmark,
     * "Change the choices"): something must be chosen.
     */
    interface Complete {
    }

    /** Every field the builder posts, in the order the page shows them; {@code questions} is old bookmarks' word. */
    static final String[] FIELDS = {"topic", "section", "questions", "format", "paper", "size", "lang", "qr",
            "clinicName", "clinicPhone", "helplineNumber", "note", "patientName", "output"};

    /** The fields an address may set (a bookmark): never the note, the patient's name or their helpline. */
    static final String[] BOOKMARKED = {"topic", "section", "questions", "format", "paper", "size", "lang", "qr"};

    static final int MAX_NOTE = 1000;
    static final int MAX_NAME = 100;
    static final int MAX_CLINIC = 120;
    static final int MAX_PHONE = 40;
    /**
     * More topics or parts than the guide has: a form that sends more is refused. Also the binder's limit on an
     * indexed parameter ({@code section[7]}), which the allowed fields keep out today.
     */
    static final int MAX_CHOICES = 256;

    /** Print size. */
    enum PrintSize implements FormChoice {
        REGULAR("regular"), LARGE("large");

        private final String code;

        PrintSize(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** What to print. */
    enum Format implements FormChoice {
        /** The whole of every chosen topic or part. */
        FULL("full"),
        /** One page per topic: its summary, the emergency box and the questions to ask. */
        KEY_POINTS("keypoints");

        private final String code;

        Format(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** Which button was pressed: each is its own handler (HandoutController). */
    enum Output implements FormChoice {
        PRINT("print"), PDF("pdf"), EDIT("edit");

        private final String code;

        Output(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    @Size(max = MAX_CHOICES)
    private List<String> topic = new ArrayList<>();
    @Size(max = MAX_CHOICES)
    private List<String> section = new ArrayList<>();
    private Boolean questions;
    private Format format = Format.FULL;
    /** Null until chosen: then the region's paper (HandoutController). */
    private Paper paper;
    private PrintSize size = PrintSize.REGULAR;
    /** Null until named: then the request's language (HandoutController). */
    private String lang;
    private Boolean qr = Boolean.TRUE;
    @Size(max = MAX_CLINIC)
    private String clinicName = "";
    @Size(max = MAX_PHONE)
    private String clinicPhone = "";
    @Size(max = MAX_PHONE)
    private String helplineNumber = "";
    @Size(max = MAX_NOTE)
    private String note = "";
    @Size(max = MAX_NAME)
    private String patientName = "";
    private Output output;

    public List<String> getTopic() {
        return topic;
    }

    public void setTopic(List<String> topic) {
        this.topic = words(topic);
        addQuestions();
    }

    public List<String> getSection() {
        return section;
    }

    public void setSection(List<String> section) {
        this.section = words(section);
    }

    public Boolean getQuestions() {
        return questions;
    }

    /** Old bookmarks say {@code questions=true}: that is the questions topic, which the topic list now offers. */
    public void setQuestions(Boolean questions) {
        this.questions = questions;
        addQuestions();
    }

    private void addQuestions() {
        if (Boolean.TRUE.equals(questions) && !topic.contains(HandoutService.QUESTIONS_TOPIC)) {
            topic.add(HandoutService.QUESTIONS_TOPIC);
        }
    }

    public Format getFormat() {
        return format;
    }

    public void setFormat(Format format) {
        this.format = format == null ? Format.FULL : format;
    }

    public Paper getPaper() {
        return paper;
    }

    public void setPaper(Paper paper) {
        this.paper = paper;
    }

    public PrintSize getSize() {
        return size;
    }

    public void setSize(PrintSize size) {
        this.size = size == null ? PrintSize.REGULAR : size;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang == null || lang.isBlank() ? null : lang.strip();
    }

    public Boolean getQr() {
        return qr;
    }

    /** Not answered (an old bookmark): yes. */
    public void setQr(Boolean qr) {
        this.qr = qr == null || qr;
    }

    public String getClinicName() {
        return clinicName;
    }

    public void setClinicName(String clinicName) {
        this.clinicName = text(clinicName);
    }

    public String getClinicPhone() {
        return clinicPhone;
    }

    public void setClinicPhone(String clinicPhone) {
        this.clinicPhone = text(clinicPhone);
    }

    public String getHelplineNumber() {
        return helplineNumber;
    }

    public void setHelplineNumber(String helplineNumber) {
        this.helplineNumber = text(helplineNumber);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = text(note);
    }

    public String getPatientName() {
        return patientName;
    }

    public void setPatientName(String patientName) {
        this.patientName = text(patientName);
    }

    public Output getOutput() {
        return output;
    }

    public void setOutput(Output output) {
        this.output = output;
    }

    public boolean keyPoints() {
        return format == Format.KEY_POINTS;
    }

    public boolean largePrint() {
        return size == PrintSize.LARGE;
    }

    /** Nothing ticked: no topic and no part. */
    boolean nothingChosen() {
        return topic.isEmpty() && section.isEmpty();
    }

    /**
     * The same handout, said one way only: a topic with parts chosen is ticked too, and a topic with every
     * part chosen is the whole topic (so the form shows it as such, and bookmarks stay short). Values the guide
     * does not have are kept as they are, for the error message.
     */
    void tidy(List<HandoutService.TopicChoice> choices) {
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
        topic = new ArrayList<>(topics);
        section = new ArrayList<>(sections);
    }

    /** The values given, each without spaces around it; no empty ones. */
    private static List<String> words(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values.stream().filter(Objects::nonNull)
                .map(String::strip).filter(value -> !value.isEmpty()).toList());
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
