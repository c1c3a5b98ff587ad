package org.lumbarguide.handout;

/** The paper sizes clinics print on. */
enum Paper implements FormChoice {
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

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String cssSize() {
        return cssSize;
    }

    /** The paper with this code ({@code config/Region} names its default so), or null. */
    static Paper of(String code) {
        for (Paper paper : values()) {
            if (paper.code.equals(code)) {
                return paper;
            }
        }
        return null;
    }
}
