package org.lumbarguide.handout;

import org.lumbarguide.config.Languages;
import java.util.Arrays;
import java.util.List;

/** Handout forms filled in as the builder would bind them, for tests that make handouts without a request. */
final class Forms {

    private Forms() {
    }

    /** Choices by the words the form posts ({@code "a4"}, {@code "large"}, {@code "keypoints"}), in the guide's first language. */
    static HandoutForm form(List<String> topics, List<String> sections, String paper, String size, String format,
                            boolean qr) {
        HandoutForm form = new HandoutForm();
        form.setTopic(topics);
        form.setSection(sections);
        form.setPaper(Paper.of(paper));
        form.setSize(choice(HandoutForm.PrintSize.values(), size));
        form.setFormat(choice(HandoutForm.Format.values(), format));
        form.setLang(Languages.defaultCode());
        form.setQr(qr);
        return form;
    }

    /** The same form with the optional details typed in. */
    static HandoutForm typed(HandoutForm form, String clinicName, String clinicPhone, String note, String patientName,
                             String helplineNumber) {
        form.setClinicName(clinicName);
        form.setClinicPhone(clinicPhone);
        form.setNote(note);
        form.setPatientName(patientName);
        form.setHelplineNumber(helplineNumber);
        return form;
    }

    private static <E extends Enum<E> & FormChoice> E choice(E[] choices, String code) {
        return Arrays.stream(choices).filter(choice -> choice.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(code));
    }
}
