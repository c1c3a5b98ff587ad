package org.lumbarguide.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.GlossaryEntry;
import org.lumbarguide.content.catalog.TopicViews.GlossaryLetter;
import org.lumbarguide.content.catalog.TopicViews.ReviewStatus;
import org.lumbarguide.content.catalog.TopicViews.SectionView;
import org.lumbarguide.content.catalog.TopicViews.SourceView;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;

/**
 * A small Spanish catalog for the slices, made by hand until the Spanish content files are in this branch: two
 * of the English topics (Symptoms and Treatment, with the English topic keys and section anchors, as translations
 * have), Treatment reviewed by a clinician and Symptoms not, and a glossary whose order only a Spanish collator gets
 * right (an accented first letter, and a word under Ñ). The words are test data, not the guide's text.
 */
final class SpanishPages {

    static final String LANGUAGE = "es";
    static final LocalDate WRITTEN = LocalDate.of(2026, 2, 14);
    static final LocalDate REVIEWED = LocalDate.of(2026, 12, 3);
    static final String REVIEWER = "oncóloga clínica";

    private static Catalog spanish;

    private SpanishPages() {
    }

    static synchronized Catalog spanish() {
        if (spanish == null) {
            Catalog english = PublishedPages.english();
            TopicPage symptoms = translate(english.page("symptoms").orElseThrow(), "sintomas", "Síntomas",
                    "Esta página explica los síntomas de un tumor en la parte baja de la espalda y cuándo pedir ayuda.",
                    new ReviewStatus(WRITTEN, null, null, null));
            TopicPage treatment = translate(english.page("treatment").orElseThrow(), "tratamiento", "Tratamiento",
                    "Esta página explica los tratamientos que le puede ofrecer su equipo de atención.",
                    new ReviewStatus(WRITTEN, REVIEWED, REVIEWER, REVIEWED.plusYears(3)));
            TopicLink first = link(symptoms);
            TopicLink second = link(treatment);
            symptoms = neighbours(symptoms, null, second);
            treatment = neighbours(treatment, first, null);
            Map<String, TopicPage> pages = new LinkedHashMap<>();
            pages.put(symptoms.slug(), symptoms);
            pages.put(treatment.slug(), treatment);
            SectionView urgent = english.urgentSigns();
            SectionView urgentSigns = new SectionView(urgent.anchor(), "Pida ayuda de emergencia ahora",
                    "<p>Llame ahora a su línea de ayuda contra el cáncer de 24 horas.</p>", "",
                    "<p>Llame ahora a su línea de ayuda contra el cáncer de 24 horas.</p>", urgent.kind(), urgent.tier());
            spanish = new Catalog(LANGUAGE, List.of(first, second), Map.copyOf(pages), urgentSigns,
                    "<p>¿Tiene o tuvo cáncer? Llame a su línea de ayuda de 24 horas.</p>", glossary(), "es-v1");
        }
        return spanish;
    }

    /** The topic as a translation has it: the same key and section anchors, its own slug and words. */
    private static TopicPage translate(TopicPage english, String slug, String title, String summary, ReviewStatus review) {
        List<SectionView> sections = new ArrayList<>();
        for (SectionView section : english.sections()) {
            String heading = "Parte " + (sections.size() + 1) + " de " + title.toLowerCase(Locale.ROOT);
            sections.add(new SectionView(section.anchor(), heading, "<p>" + heading + ".</p>", "",
                    "<p>" + heading + ".</p>", section.kind(), section.tier()));
        }
        List<SourceView> sources = english.sources();
        return new TopicPage(english.key(), LANGUAGE, slug, title, summary, review, sections, sources, null, null,
                6.0, "es-" + slug);
    }

    private static TopicPage neighbours(TopicPage page, TopicLink previous, TopicLink next) {
        return new TopicPage(page.key(), page.language(), page.slug(), page.title(), page.summary(), page.review(),
                page.sections(), page.sources(), previous, next, page.readingGrade(), page.etag());
    }

    private static TopicLink link(TopicPage page) {
        return new TopicLink(page.key(), page.slug(), page.title(), page.summary(), page.summary());
    }

    /** Grouped as the catalog groups a glossary: by the first letter, upper-cased, in the code points' order. */
    private static List<GlossaryLetter> glossary() {
        List<GlossaryEntry> entries = List.of(
                entry("Anestesia general", "general-anaesthetic"),
                entry("Ácido zoledrónico", "zoledronic-acid"),
                entry("Biopsia", "biopsy"),
                entry("Ñame", "test-word"),
                entry("Nervio", "nerve"),
                entry("Oncólogo", "oncologist"),
                entry("Órtesis", "brace"));
        Map<String, List<GlossaryEntry>> letters = new TreeMap<>();
        for (GlossaryEntry entry : entries) {
            letters.computeIfAbsent(entry.letter(), l -> new ArrayList<>()).add(entry);
        }
        return letters.entrySet().stream().map(e -> new GlossaryLetter(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private static GlossaryEntry entry(String term, String key) {
        return new GlossaryEntry(term, key, "Definición de prueba de " + term.toLowerCase(Locale.ROOT) + ".",
                List.of(term));
    }
}
