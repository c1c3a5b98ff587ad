package org.lumbarguide.content.format;

/** How a section is presented: plain text, an emergency callout, or a helpful tip. */
public enum SectionKind {
    NORMAL, URGENT, TIP
}
