package org.lumbarguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lumbarguide.config.Region;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.format.SeedContent.Release;
import org.lumbarguide.content.format.SeedContent.SourceItem;
import org.lumbarguide.content.format.SeedContent.TopicItem;

/**
 * Sources for one region only (sources.yaml {@code regions:}), checked on the content files: every page
 * still rests on enough sources in every region, and no region's page lists another region's service.
 */
class ContentRegionSourcesTests {

    static final int MIN_SOURCES = 3;

    static Release release;
    static Map<String, SourceItem> sources;

    @BeforeAll
    static void readTheFiles() {
        release = ContentFiles.load(ContentFiles.DEFAULT_LOCATION);
        sources = release.sources().stream().collect(Collectors.toMap(SourceItem::key, s -> s));
    }

    /** The sources a page of the topic lists in a region, in the topic's order. */
    private static List<SourceItem> listed(TopicItem topic, Region region) {
        return topic.sourceKeys().stream().map(sources::get).filter(s -> s.shownIn(region)).toList();
    }

    @Test
    void everyTopicRestsOnAtLeastThreeSourcesInEveryRegion() {
        List<String> failures = new ArrayList<>();
        for (Region region : Region.values()) {
            for (TopicItem topic : release.topics()) {
                int listed = listed(topic, region).size();
                if (listed < MIN_SOURCES) {
                    failures.add(topic.origin() + ": " + listed + " sources in the " + region.key() + " region (at least "
                            + MIN_SOURCES + "); a source with regions: is listed only there");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void noRegionsPageListsAnotherRegionsSource() {
        List<String> failures = new ArrayList<>();
        for (Region region : Region.values()) {
            for (TopicItem topic : release.topics()) {
                for (SourceItem source : listed(topic, region)) {
                    if (!source.regions().isEmpty() && !source.regions().contains(region)) {
                        failures.add(topic.origin() + ": the " + region.key() + " page lists " + source.key());
                    }
                }
            }
            // The pages decide from what the import stores: it must say the same as the file.
            for (SourceItem source : release.sources()) {
                assertThat(region.isIn(Region.keys(source.regions()))).as(source.key() + " in " + region.key())
                        .isEqualTo(source.shownIn(region));
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Phone lines and national services a reader would act on belong to their own country's pages. */
    @Test
    void eachCountrysServicesAreListedOnlyInItsRegion() {
        assertThat(sources.get("samaritans").regions()).containsExactly(Region.UK);
        assertThat(sources.get("velindre-driving-painkillers").regions()).containsExactly(Region.UK);
        assertThat(sources.get("lifeline-988").regions()).containsExactly(Region.US);
        assertThat(sources.get("gov-uk-cancer-driving").regions()).containsExactly(Region.UK);
        assertThat(sources.get("nhtsa-state-licensing").regions()).containsExactly(Region.US);
        TopicItem living = release.topics().stream().filter(t -> t.key().equals("living-with")).findFirst().orElseThrow();
        assertThat(listed(living, Region.UK)).extracting(SourceItem::key).contains("samaritans")
                .doesNotContain("lifeline-988");
        assertThat(listed(living, Region.US)).extracting(SourceItem::key).contains("lifeline-988")
                .doesNotContain("samaritans", "velindre-driving-painkillers");
        assertThat(listed(living, Region.INTERNATIONAL)).extracting(SourceItem::key)
                .doesNotContain("samaritans", "lifeline-988", "velindre-driving-painkillers");
    }
}
