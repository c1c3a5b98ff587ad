package org.lumbarguide.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lumbarguide.content.catalog.TopicViews.ReviewStatus;
import org.lumbarguide.content.catalog.TopicViews.TopicPage;
import tools.jackson.databind.json.JsonMapper;

/** The topic's JSON-LD is written by Jackson: whatever a title holds, it stays data inside its script element. */
class StructuredDataTests {

    static final String HOSTILE = "Pain </script><script>alert(\"x\")</script> & 'quotes' \\ back\u2028slash <!--";

    @Test
    void textThatCouldCloseTheScriptOrStartMarkupIsEscapedAndReadsBackTheSame() {
        String json = StructuredData.medicalWebPage(page(HOSTILE, null), "https://example.org/topics/pain",
                "Guide <b>", "https://example.org/");
        assertThat(json).doesNotContain("<", ">", "&", "\u2028").contains("\\u003C/script\\u003E");
        Map<?, ?> read = JsonMapper.builder().build().readValue(json, Map.class);
        assertThat(read.get("name")).isEqualTo(HOSTILE);
        assertThat(read.get("description")).isEqualTo("Summary: " + HOSTILE);
        assertThat(read.get("isPartOf")).isEqualTo(Map.of("@type", "WebSite", "name", "Guide <b>",
                "url", "https://example.org/"));
    }

    @Test
    void aReviewIsClaimedOnlyWhenAClinicianMadeOne() {
        Map<String, Object> unreviewed = read(StructuredData.medicalWebPage(page("Symptoms",
                new ReviewStatus(LocalDate.of(2026, 1, 5), null, null, null)), "u", "s", "h"));
        assertThat(unreviewed).doesNotContainKeys("lastReviewed", "reviewedBy");
        Map<String, Object> reviewed = read(StructuredData.medicalWebPage(page("Symptoms",
                new ReviewStatus(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 3), "consultant clinical oncologist",
                        LocalDate.of(2029, 12, 3))), "u", "s", "h"));
        assertThat(reviewed.get("lastReviewed")).isEqualTo("2026-12-03");
        assertThat(reviewed.get("reviewedBy")).isEqualTo(Map.of("@type", "Person",
                "jobTitle", "consultant clinical oncologist"));
    }

    @Test
    void theSamePageIsWrittenTheSameWayEveryTime() {
        TopicPage page = page("Symptoms", new ReviewStatus(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 1), "nurse",
                LocalDate.of(2029, 2, 1)));
        String first = StructuredData.medicalWebPage(page, "u", "s", "h");
        assertThat(StructuredData.medicalWebPage(page, "u", "s", "h")).isEqualTo(first);
        assertThat(first).startsWith("{\"@context\":\"https://schema.org\",\"@type\":\"MedicalWebPage\",\"url\":\"u\"");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String json) {
        return JsonMapper.builder().build().readValue(json, Map.class);
    }

    private static TopicPage page(String title, ReviewStatus review) {
        return new TopicPage("pain", "en", "pain", title, "Summary: " + title, review, List.of(), List.of(), null, null,
                5, "v1");
    }
}
