package org.lumbarguide.content.catalog;

/**
 * One clinical code a topic answers, as its content file lists it: {@code code} as the code system writes it
 * (ICD-10-CM with its dot, {@code C79.51}; SNOMED CT a concept id), {@code display} the code system's own title.
 */
public record TopicCode(CodeSystem system, String code, String display) {
}
