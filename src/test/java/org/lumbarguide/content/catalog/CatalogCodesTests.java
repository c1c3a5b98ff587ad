package org.lumbarguide.content.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lumbarguide.content.catalog.CodeSystem.ICD_10_CM;
import static org.lumbarguide.content.catalog.CodeSystem.SNOMED_CT;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lumbarguide.content.catalog.TopicViews.Catalog;
import org.lumbarguide.content.catalog.TopicViews.TopicLink;

/** How a code a health record sends finds the topics that answer it (the catalog's lookup, no database). */
class CatalogCodesTests {

    static final TopicCode BONE = new TopicCode(ICD_10_CM, "C79.51", "Secondary malignant neoplasm of bone");
    static final TopicCode MARROW = new TopicCode(ICD_10_CM, "C79.52", "Secondary malignant neoplasm of bone marrow");
    static final TopicCode MYELOMA = new TopicCode(ICD_10_CM, "C90.0", "Multiple myeloma");
    static final TopicCode CES = new TopicCode(ICD_10_CM, "G83.4", "Cauda equina syndrome");
    static final TopicCode SCT_BONE = new TopicCode(SNOMED_CT, "94222008", "Secondary malignant neoplasm of bone");

    /** Three topics in the guide's order; "treatment" lists C79.51 after "overview" does, and "empty" lists none. */
    final Catalog catalog = new Catalog("en", List.of(link("overview"), link("symptoms"), link("treatment"),
            link("empty")), Map.of(), null, "", List.of(), "v1", List.of(), Map.of(
            "overview", List.of(BONE, MARROW, MYELOMA, SCT_BONE),
            "symptoms", List.of(CES),
            "treatment", List.of(BONE, CES)));

    static TopicLink link(String key) {
        return new TopicLink(key, key, key, "", "");
    }

    static List<String> keys(List<TopicLink> links) {
        return links.stream().map(TopicLink::key).toList();
    }

    @Test
    void anEqualCodeFindsEveryTopicListingItInTheGuidesOrder() {
        assertThat(keys(catalog.topicsForCode(ICD_10_CM, "C79.51"))).containsExactly("overview", "treatment");
        assertThat(keys(catalog.topicsForCode(ICD_10_CM, "G83.4"))).containsExactly("symptoms", "treatment");
        assertThat(keys(catalog.topicsForCode(ICD_10_CM, "C79.52"))).containsExactly("overview");
    }

    @Test
    void lowerCaseSpacesAndAMissingDotAreTheSameCode() {
        for (String sent : List.of("c79.51", " C79.51 ", "C7951", "c7951", "\tc79.51\n")) {
            assertThat(keys(catalog.topicsForCode(ICD_10_CM, sent))).as(sent).containsExactly("overview", "treatment");
        }
    }

    @Test
    void aShorterCodeFindsTheTopicCodesBelowIt() {
        assertThat(keys(catalog.topicsForCode(ICD_10_CM, "C79.5"))).containsExactly("overview", "treatment");
        assertThat(keys(catalog.topicsForCode(ICD_10_CM, "C795"))).containsExactly("overview", "treatment");
        assertThat(keys(catalog.topicsForCode(ICD_10_CM, "C79"))).containsExactly("overview", "treatment");
        assertThat(keys(catalog.topicsForCode(ICD_10_CM, "G83"))).containsExactly("symptoms", "treatment");
    }

    @Test
    void aLongerCodeFindsATopicListingItsAncestor() {
        assertThat(keys(catalog.topicsForCode(ICD_10_CM, "C90.01"))).containsExactly("overview");
        assertThat(keys(catalog.topicsForCode(ICD_10_CM, "C90.02"))).containsExactly("overview");
        assertThat(keys(catalog.topicsForCode(ICD_10_CM, "c9000"))).containsExactly("overview");
    }

    @Test
    void siblingsAndCousinsDoNotMatch() {
        assertThat(catalog.topicsForCode(ICD_10_CM, "C79.53")).isEmpty();
        assertThat(catalog.topicsForCode(ICD_10_CM, "C79.4")).isEmpty();
        assertThat(catalog.topicsForCode(ICD_10_CM, "C90.1")).isEmpty();
        assertThat(catalog.topicsForCode(ICD_10_CM, "G83.5")).isEmpty();
        assertThat(catalog.topicsForCode(ICD_10_CM, "C41.2")).isEmpty();
    }

    @Test
    void snomedIdsMatchExactlyAndOnlyInTheirOwnSystem() {
        assertThat(keys(catalog.topicsForCode(SNOMED_CT, "94222008"))).containsExactly("overview");
        assertThat(keys(catalog.topicsForCode(SNOMED_CT, " 94222008 "))).containsExactly("overview");
        assertThat(catalog.topicsForCode(SNOMED_CT, "9422200")).as("no prefix in SNOMED CT").isEmpty();
        assertThat(catalog.topicsForCode(SNOMED_CT, "942220081")).isEmpty();
        assertThat(catalog.topicsForCode(ICD_10_CM, "94222008")).as("a SNOMED id sent as ICD-10-CM").isEmpty();
        assertThat(catalog.topicsForCode(SNOMED_CT, "C79.51")).as("an ICD code sent as SNOMED CT").isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "C", "C7", "C.79", "C79.", "C7.951", "C79..51", "C79.5.1", "C79.51234", "79.51",
            "CC9.51", "C79-51", "C79 51", "%", "' or 1=1 --", "<script>", "C79.51\u0000", "ＣＷ.51", "0",
            "094222008", "12345", "1234567890123456789", "C79.51C79.51C79.51C79.51C79.51", "\uD83D\uDE00"})
    void junkMatchesNothingAndNeverThrows(String junk) {
        assertThat(catalog.topicsForCode(ICD_10_CM, junk)).isEmpty();
        assertThat(catalog.topicsForCode(SNOMED_CT, junk)).isEmpty();
    }

    @Test
    void noSystemMatchesNothing() {
        assertThat(catalog.topicsForCode(null, "C79.51")).isEmpty();
    }

    @Test
    void aVeryLongInputIsRefusedWithoutWork() {
        assertThat(catalog.topicsForCode(ICD_10_CM, "C".repeat(1_000_000))).isEmpty();
    }

    @Test
    void aTopicsCodesComeAsItsFileListsThem() {
        assertThat(catalog.codes("overview")).containsExactly(BONE, MARROW, MYELOMA, SCT_BONE);
        assertThat(catalog.codes("empty")).isEmpty();
        assertThat(catalog.codes("no-such-topic")).isEmpty();
        assertThat(catalog.codes(null)).isEmpty();
    }

    @Test
    void allCodesListsEachCodeOnceInTheGuidesOrder() {
        assertThat(catalog.allCodes()).containsExactly(BONE, MARROW, MYELOMA, SCT_BONE, CES);
    }

    @Test
    void aCatalogWithoutCodesAnswersNothing() {
        Catalog none = new Catalog("en", List.of(link("overview")), Map.of(), null, "", List.of(), "v1");
        assertThat(none.topicsForCode(ICD_10_CM, "C79.51")).isEmpty();
        assertThat(none.codes("overview")).isEmpty();
        assertThat(none.allCodes()).isEmpty();
    }
}
