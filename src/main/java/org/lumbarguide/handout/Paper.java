package org.lumbarguide.handout;

import java.util.Locale;

/** The paper sizes clinics print on. */
enum Paper {
    LETTER("letter", "Letter", "8.5in 11in"),
    A4("a4", "A4", "210mm 297mm");

    final String code;
    final String label;
    final String cssSize;

    Paper(String code, String label, String cssSize) {
        this.code = code;
        this.label = label;
        this.cssSize = cssSize;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String cssSize() {
        return cssSize;
    }

    static String normalise(String value) {
        return value == null || value.isBlank() ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    static Paper of(String code) {
        for (Paper paper : values()) {
            if (paper.code.equals(code)) {
                return paper;
            }
        }
        return null;
    }
}
