package org.lumbarguide.content.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.lumbarguide.config.Region;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.OutOfDateTranslation;
import org.lumbarguide.content.catalog.TopicViews.SectionView;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import org.lumbarguide.content.catalog.TopicViews.TranslationStatus;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.ContentHash;
import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.render.MarkdownRenderer;
import org.lumbarguide.content.render.RegionWords;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * A Spanish catalog measured against the English rows as published now (an editor changed the English after the
 * Spanish was stamped): each Spanish section knows whether it is current; an urgent one out of date shows the
 * current English text (lang="en"), an ordinary one keeps the Spanish with a notice; the out-of-date parts are
 * listed most urgent first; and fragments/section.html shows the notice. Built on the bilingual fixture the
 * translation checks use, without a database.
 */
class TranslatedCatalogTests {

    static final String FIXTURE = "classpath:content-fixtures/bilingual/";
    static final Instant CHANGED = Instant.parse("2026-12-20T10:15:00Z");

    final MarkdownRenderer markdown = new MarkdownRenderer();
    final ResourceBundleMessageSource messages = messages();

    /** The fixture, with the English as editors changed it in the database after the Spanish was stamped. */
    Release published(Map<String, String> englishChanges) {
        Map<String, String> files = ReleaseCatalogs.files(FIXTURE);
        englishChanges.forEach((from, to) -> {
            for (String file : List.of("en/00-shared.md", "en/01-symptoms.md")) {
                files.computeIfPresent(file, (f, text) -> text.replace(from, to));
            }
        });
        return ContentFiles.parse(files);
    }

    TopicCatalog catalog(Release release, String language) {
        RegionWords words = new RegionWords(Region.UK, Map.of("en", release.regionWords("en", Region.UK),
                "es", release.regionWords("es", Region.UK)));
        return ReleaseCatalogs.of(release, language, words, messages, markdown, CHANGED);
    }

    @Test
    void aCurrentTranslationIsCurrentEverywhere() {
        Catalog es = catalog(published(Map.of()), "es").catalog("es");
        TopicPage symptoms = es.page("sintomas").orElseThrow();
        assertThat(symptoms.sections()).extracting(s -> s.translation().status()).containsOnly(TranslationStatus.CURRENT);
        assertThat(symptoms.translation().status()).isEqualTo(TranslationStatus.CURRENT);
        assertThat(symptoms.outOfDate()).isFalse();
        assertThat(symptoms.sections()).extracting(SectionView::lang).containsOnlyNulls();
        assertThat(symptoms.sections().get(0).html()).contains("Llame al 999 ya si:").doesNotContain("lang=");
        assertThat(es.outOfDate()).isEmpty();
        // Spanish is scored with Fernández Huerta: a reading ease, easy at 80 and over.
        assertThat(symptoms.readingGrade()).isGreaterThan(80);
        assertThat(symptoms.readingEase()).isEqualTo("easy");
    }

    @Test
    void anUrgentSectionWhoseEnglishChangedShowsTheCurrentEnglishAndAnOrdinaryOneANotice() {
        Release release = published(Map.of("- your legs get weak\n", "- your legs get weak\n- you cannot pass urine\n",
                "Back pain is common.", "Back pain is very common."));
        Catalog es = catalog(release, "es").catalog("es");
        TopicPage symptoms = es.page("sintomas").orElseThrow();

        SectionView box = symptoms.sections().get(0);
        assertThat(box.anchor()).isEqualTo("get-help-now");
        assertThat(box.heading()).isEqualTo("Emergency: get help now");
        assertThat(box.lang()).isEqualTo("en");
        assertThat(box.html()).startsWith("<div lang=\"en\">").contains("Call 999 now if:")
                .contains("you cannot pass urine").doesNotContain("piernas");
        assertThat(box.plainHtml()).startsWith("<div lang=\"en\">").contains("you cannot pass urine");
        assertThat(box.kind()).isEqualTo(SectionKind.URGENT);
        assertThat(box.tier()).isEqualTo("emergency");
        assertThat(box.translation()).satisfies(t -> {
            assertThat(t.status()).isEqualTo(TranslationStatus.OUT_OF_DATE);
            assertThat(t.showsSource()).isTrue();
            assertThat(t.language()).isEqualTo("es");
            assertThat(t.sourceLanguage()).isEqualTo("en");
            assertThat(t.sourceHref()).isEqualTo("/topics/symptoms#get-help-now");
            assertThat(t.sourceChangedAt()).isEqualTo(CHANGED);
        });

        SectionView helpline = symptoms.sections().get(1);
        assertThat(helpline.translation().status()).isEqualTo(TranslationStatus.CURRENT);
        assertThat(helpline.html()).contains("tiene mucha fiebre");

        SectionView pain = symptoms.sections().get(3);
        assertThat(pain.translation().status()).isEqualTo(TranslationStatus.OUT_OF_DATE);
        assertThat(pain.translation().showsSource()).isFalse();
        assertThat(pain.translation().sourceHref()).isEqualTo("/topics/symptoms#back-pain");
        assertThat(pain.lang()).isNull();
        assertThat(pain.heading()).isEqualTo("Dolor de espalda");
        // Spanish words link to the Spanish glossary.
        assertThat(pain.html()).contains("El dolor de espalda es común.")
                .contains("href=\"/es/glosario#tumour\"").contains("href=\"/es/glosario#spinal-cord\"");
        assertThat(symptoms.outOfDate()).isTrue();

        // The home page's emergency box is the same box; who to call did not change, so it stays Spanish.
        assertThat(es.urgentSigns().lang()).isEqualTo("en");
        assertThat(es.urgentSigns().plainHtml()).contains("you cannot pass urine");
        assertThat(es.emergencyRouting()).contains("Llame ya a su línea de ayuda.").doesNotContain("lang=");

        assertThat(es.outOfDate()).extracting(OutOfDateTranslation::topicKey, OutOfDateTranslation::anchor,
                        OutOfDateTranslation::urgency, OutOfDateTranslation::showsSource)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("shared", "emergency", 1, true),
                        org.assertj.core.groups.Tuple.tuple("symptoms", "get-help-now", 1, true),
                        org.assertj.core.groups.Tuple.tuple("symptoms", "back-pain", 5, false));
        OutOfDateTranslation first = es.outOfDate().get(0);
        String english = release.topics("en").get(0).sections().get(0).body();
        assertThat(first.stampLine()).isEqualTo("emergency: "
                + ContentHash.ofSection("Emergency: get help now", SectionKind.URGENT, english));
        assertThat(first.translatedFrom()).isEqualTo("8df70b5beb5e");
        assertThat(first.heading()).isEqualTo("Emergencia: pida ayuda ya");
        assertThat(first.sourceChangedAt()).isEqualTo(CHANGED);
        assertThat(es.outOfDate().get(1).stampLine()).as("its own text did not change: the block did")
                .isEqualTo("get-help-now: 42453fd9505d");
    }

    @Test
    void whoToCallOutOfDateIsShownInEnglishInTheFooterAndInGlossaryDefinitions() {
        Map<String, String> files = ReleaseCatalogs.files(FIXTURE);
        files.computeIfPresent("en/00-shared.md", (f, t) -> t.replace("- Call your helpline now.",
                "- Have cancer? Call your 24-hour helpline now."));
        files.computeIfPresent("es/glossary.yaml", (f, t) -> t.replace("Los nervios que van por dentro de la columna.",
                "Los nervios que van por dentro de la columna. {{include routing}}"));
        Release release = ContentFiles.parse(files);
        Catalog es = catalog(release, "es").catalog("es");
        assertThat(es.emergencyRouting()).startsWith("<p class=\"translation-notice\" lang=\"es\">Estamos actualizando "
                + "esta parte en español.").contains("<div lang=\"en\">").contains("Have cancer? Call your 24-hour helpline now.")
                .doesNotContain("Llame ya a su línea de ayuda.");
        // The box includes who to call, so it is out of date too, and shown in English.
        assertThat(es.urgentSigns().lang()).isEqualTo("en");
        assertThat(es.glossary()).flatExtracting(TopicViews.GlossaryLetter::entries)
                .filteredOn(e -> e.anchor().equals("spinal-cord")).singleElement()
                .satisfies(e -> assertThat(e.definition()).contains("Have cancer? Call your 24-hour helpline now.")
                        .doesNotContain("Llame ya"));
        assertThat(es.outOfDate()).extracting(OutOfDateTranslation::anchor)
                .containsExactly("emergency", "routing", "get-help-now");
    }

    @Test
    void aTranslationNeverStampedIsOutOfDateAndItsUrgentPartsShowTheEnglish() {
        Map<String, String> files = ReleaseCatalogs.files(FIXTURE);
        files.replaceAll((f, t) -> f.startsWith("es/") ? t.replaceAll("(?s)translated-from:\\n(?:  [^\\n]*\\n)+", "") : t);
        Catalog es = catalog(ContentFiles.parse(files), "es").catalog("es");
        TopicPage symptoms = es.page("sintomas").orElseThrow();
        assertThat(symptoms.sections()).extracting(SectionView::lang).containsExactly("en", "en", "en", null, null);
        assertThat(symptoms.sections()).extracting(s -> s.translation().status())
                .containsOnly(TranslationStatus.OUT_OF_DATE);
        assertThat(es.outOfDate()).hasSize(11).extracting(OutOfDateTranslation::urgency).isSorted();
        assertThat(es.outOfDate()).allMatch(p -> p.translatedFrom() == null);
    }

    @Test
    void theEnglishCatalogHasNoTranslationStatusAndEitherPageIsFoundByItsKey() {
        Release release = published(Map.of("Back pain is common.", "Back pain is very common."));
        TopicCatalog catalog = catalog(release, "es");
        assertThat(catalog.catalog("en").page("symptoms").orElseThrow().sections())
                .extracting(SectionView::translation).containsOnlyNulls();
        assertThat(catalog.catalog("en").outOfDate()).isEmpty();
        assertThat(catalog.page("es", "symptoms")).get().extracting(TopicPage::slug).isEqualTo("sintomas");
        assertThat(catalog.page("en", "symptoms")).get().extracting(TopicPage::slug).isEqualTo("symptoms");
        assertThat(catalog.page("es", "nothing")).isEmpty();
        assertThat(catalog.outOfDateTranslations(List.of("en", "es"))).extracting(OutOfDateTranslation::anchor)
                .containsExactly("back-pain");
    }

    // --- fragments/section.html: the notice readers see ---

    @Test
    void theSectionBoxShowsTheNoticeAndTheLanguageOfTheEnglishText() {
        Release release = published(Map.of("- your legs get weak\n", "- your legs get weak\n- you cannot pass urine\n",
                "Back pain is common.", "Back pain is very common."));
        TopicPage symptoms = catalog(release, "es").catalog("es").page("sintomas").orElseThrow();

        Document box = render(symptoms.sections().get(0));
        Element heading = box.selectFirst("h2#get-help-now");
        assertThat(heading.attr("lang")).isEqualTo("en");
        assertThat(heading.text()).isEqualTo("Emergency: get help now");
        Element notice = box.selectFirst("p.translation-notice");
        assertThat(notice.attr("lang")).isEqualTo("es");
        assertThat(notice.text()).startsWith("Estamos actualizando esta parte en español.")
                .endsWith("Lea la versión actual en inglés");
        assertThat(notice.selectFirst("a").attr("href")).isEqualTo("/topics/symptoms#get-help-now");
        assertThat(notice.selectFirst("a").attr("hreflang")).isEqualTo("en");
        assertThat(box.selectFirst(".prose > div[lang=en]").text()).contains("you cannot pass urine");

        Document pain = render(symptoms.sections().get(3));
        assertThat(pain.selectFirst("h2#back-pain").hasAttr("lang")).isFalse();
        assertThat(pain.selectFirst("p.translation-notice").text())
                .startsWith("El texto en inglés de esta parte cambió después de la traducción.");
        assertThat(pain.selectFirst("p.translation-notice a").attr("href")).isEqualTo("/topics/symptoms#back-pain");
        assertThat(pain.select(".prose [lang]")).isEmpty();

        Document current = render(symptoms.sections().get(1));
        assertThat(current.select("p.translation-notice")).isEmpty();
        assertThat(current.selectFirst("h2#call-helpline-now").hasAttr("lang")).isFalse();
    }

    /** A section through fragments/section.html's box, on a Spanish page. */
    private Document render(SectionView section) {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setTemplateMode(TemplateMode.HTML);
        files.setCharacterEncoding("UTF-8");
        files.setResolvablePatterns(java.util.Set.of("fragments/*"));
        files.setOrder(1);
        StringTemplateResolver page = new StringTemplateResolver();
        page.setOrder(2);
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(page);
        engine.setTemplateEngineMessageSource(messages);
        String html = engine.process("<div th:replace=\"~{fragments/section :: box(${section})}\"></div>",
                new Context(Locale.forLanguageTag("es"), Map.of("section", section, "helplineNumber", "")));
        return Jsoup.parseBodyFragment(html);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
