package org.lumbarguide.content.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.LogCapture;
import org.lumbarguide.config.Region;
import org.lumbarguide.config.TestSettings;
import org.lumbarguide.content.catalog.TopicViews.RenderFailure;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.lumbarguide.content.format.SectionKind;
import org.lumbarguide.content.render.MarkdownRenderer;
import org.lumbarguide.content.render.RegionWords;

/** Stored content that cannot be rendered costs one topic, never the catalog, the start-up or the JVM. */
class TopicCatalogTests {

    final TopicRepository repository = mock(TopicRepository.class);
    final GlossaryRepository glossary = mock(GlossaryRepository.class);
    final List<Topic> stored = new ArrayList<>();
    TopicCatalog catalog;

    @BeforeEach
    void aSmallGuide() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("topic.tagline.leadIn", Locale.forLanguageTag("en"), "^This page explains ");
        messages.addMessage("glossary.sectionTerms", Locale.forLanguageTag("en"), "Words used here");
        when(repository.findWithSectionsByLanguage("en")).thenAnswer(i -> List.copyOf(stored));
        when(glossary.findByLanguageOrderByTermAsc(anyString())).thenReturn(List.of());
        catalog = new TopicCatalog(repository, glossary, new MarkdownRenderer(), messages,
                new RegionWords(Region.UK, java.util.Map.of("en", java.util.Map.of("emergency-number", "999"))),
                mock(PlatformTransactionManager.class), TestSettings.with("lumbarguide.catalog.refresh=1h"));
        stored.add(topic("shared", 0, section("emergency", "Call {{emergency-number}}.\n\n{{include routing}}"),
                section("routing", "Who to call.")));
        stored.add(topic("symptoms", 1, section("signs", "Back pain.\n\n{{include emergency}}")));
        stored.add(topic("treatment", 2, section("options", "Radiotherapy.")));
    }

    @Test
    void aTopicThatIncludesASelfIncludingBlockIsLeftOutAndTheRestServe() {
        section(stored.get(0), 1).body("Who to call.\n\n" + "{{include routing}}\n\n".repeat(20));
        try (LogCapture log = LogCapture.root()) {
            TopicViews.Catalog en = catalog.catalog("en");
            assertThat(en.page("symptoms")).isEmpty();
            assertThat(en.page("treatment")).get().satisfies(p -> assertThat(p.previous()).isNull());
            assertThat(en.topics()).extracting(TopicViews.TopicLink::key).containsExactly("treatment");
            assertThat(catalog.failures(List.of("en"))).extracting(RenderFailure::item, RenderFailure::kind,
                            RenderFailure::include, RenderFailure::keptLastGood)
                    .contains(org.assertj.core.groups.Tuple.tuple("symptoms", "CYCLE", "routing", false),
                            org.assertj.core.groups.Tuple.tuple("shared", "CYCLE", "routing", false));
            assertThat(log.text()).contains("'en/symptoms' cannot be rendered, it is left out: {{include routing}} "
                    + "includes itself").doesNotContain("\tat ");
        }
    }

    @Test
    void aTopicThatStopsRenderingKeepsItsLastGoodVersionAndIsLoggedOnce() {
        assertThat(catalog.catalog("en").page("symptoms").orElseThrow().sections().get(0).html())
                .contains("Back pain.").contains("Call 999.");
        section(stored.get(1), 0).body("New text.\n\n{{include loop}}");
        stored.set(0, topic("shared", 0, section("emergency", "Call 999."), section("loop", "{{include loop}}")));
        try (LogCapture log = LogCapture.root()) {
            catalog.evictAll();
            TopicViews.TopicPage kept = catalog.catalog("en").page("symptoms").orElseThrow();
            assertThat(kept.sections().get(0).html()).contains("Back pain.").doesNotContain("New text.");
            assertThat(kept.next().key()).isEqualTo("treatment");
            catalog.evictAll();
            catalog.catalog("en");
            catalog.evictAll();
            catalog.catalog("en");
            assertThat(log.text().split("'en/symptoms' cannot be rendered", -1)).hasSize(2);
            assertThat(catalog.failures(List.of("en"))).filteredOn(f -> f.item().equals("symptoms"))
                    .singleElement().satisfies(f -> assertThat(f.keptLastGood()).isTrue());
        }
        section(stored.get(1), 0).body("Fixed text.");
        catalog.evictAll();
        assertThat(catalog.catalog("en").page("symptoms").orElseThrow().sections().get(0).html()).contains("Fixed text.");
        assertThat(catalog.failures(List.of("en"))).extracting(RenderFailure::item).doesNotContain("symptoms");
    }

    @Test
    void twentyIncludesOfALargeBlockAreRefusedAsTooLargeNotRendered() {
        stored.set(0, topic("shared", 0, section("emergency", "Call 999."),
                section("routing", "Who to call, and why, in many words. ".repeat(400))));
        section(stored.get(1), 0).body("{{include routing}}\n\n".repeat(20));
        TopicViews.Catalog en = catalog.catalog("en");
        assertThat(en.page("symptoms")).isEmpty();
        assertThat(en.page("treatment")).isPresent();
        assertThat(catalog.failures(List.of("en"))).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("TOO_LARGE");
            assertThat(f.item()).isEqualTo("symptoms");
        });
    }

    @Test
    void anyExceptionWhileRenderingCostsOnlyThatTopic() {
        Section broken = mock(Section.class);
        when(broken.getAnchor()).thenReturn("broken");
        when(broken.getKind()).thenReturn(SectionKind.NORMAL);
        when(broken.getBodyMarkdown()).thenThrow(new IllegalStateException("a corrupt row"));
        when(stored.get(2).getSections()).thenReturn(List.of(broken));
        TopicViews.Catalog en = catalog.catalog("en");
        assertThat(en.page("treatment")).isEmpty();
        assertThat(en.page("symptoms")).isPresent();
        assertThat(en.urgentSigns().html()).contains("Who to call.");
        assertThat(catalog.failures(List.of("en"))).singleElement()
                .satisfies(f -> assertThat(f.detail()).isEqualTo("IllegalStateException"));
    }

    // --- entities as the repository returns them ---

    /** A mutable section body, so a test can "edit" a stored row between two catalog builds. */
    static final class Body {
        private final Section section;

        Body(Section section) {
            this.section = section;
        }

        void body(String text) {
            when(section.getBodyMarkdown()).thenReturn(text);
        }
    }

    static Body section(Topic topic, int index) {
        return new Body(topic.getSections().get(index));
    }

    static Section section(String anchor, String body) {
        Section section = mock(Section.class);
        when(section.getAnchor()).thenReturn(anchor);
        when(section.getHeading()).thenReturn("Heading " + anchor);
        when(section.getBodyMarkdown()).thenReturn(body);
        when(section.getKind()).thenReturn(SectionKind.NORMAL);
        return section;
    }

    static Topic topic(String key, int position, Section... sections) {
        Topic topic = mock(Topic.class);
        when(topic.getTopicKey()).thenReturn(key);
        when(topic.getLanguage()).thenReturn("en");
        when(topic.getSlug()).thenReturn(key);
        when(topic.getTitle()).thenReturn("Title " + key);
        when(topic.getSummary()).thenReturn("This page explains " + key + ".");
        when(topic.getPosition()).thenReturn(position);
        when(topic.getWrittenOn()).thenReturn(LocalDate.of(2026, 11, 25));
        when(topic.getSections()).thenReturn(List.of(sections));
        when(topic.getSources()).thenReturn(List.of());
        return topic;
    }
}
