package org.lumbarguide.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lumbarguide.config.TestSettings;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.catalog.TopicViews.Catalog;

class PageVersionsTests {

    private static Catalog catalog(String version) {
        return new Catalog("en", List.of(), Map.of(), null, "", List.of(), version);
    }

    @Test
    void theEtagStoreHoldsOnlyTheCurrentCatalogsVersions() {
        TopicCatalog topics = mock(TopicCatalog.class);
        PageVersions versions = new PageVersions(topics, TestSettings.defaults());
        String first = null;
        for (int i = 0; i < 1_000; i++) {
            when(topics.catalog("en")).thenReturn(catalog("version-" + i));
            Optional<String> etag = versions.etag("/");
            assertThat(etag).isPresent();
            assertThat(versions.etag("/glossary")).isEqualTo(etag);
            first = first == null ? etag.get() : first;
            assertThat(versions.storedEtags()).isEqualTo(1);
        }
        when(topics.catalog("en")).thenReturn(catalog("version-0"));
        assertThat(versions.etag("/topics")).as("the same content, the same ETag").hasValue(first);
        assertThat(versions.etag("/topics/no-such-page")).isEmpty();
        assertThat(versions.etag("/css/site.css")).isEmpty();
        assertThat(versions.storedEtags()).isEqualTo(1);
    }
}
