package org.lumbarguide.search;

/**
 * One result: what it is called (a topic's title, a section's heading, a glossary word), the topic a section
 * belongs to (else null), where it links, and its snippet as safe HTML: the text escaped, only the matched words
 * in {@code <mark>}.
 */
public record SearchHit(String name, String topic, String href, String snippetHtml) {
}
