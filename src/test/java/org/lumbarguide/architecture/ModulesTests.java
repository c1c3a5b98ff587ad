package org.lumbarguide.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumbarguide.LumbarGuideApplication;
import org.lumbarguide.content.ContentWrites;
import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.content.render.SectionRenderer;
import org.lumbarguide.content.format.ContentFiles;
import org.lumbarguide.content.release.ContentFilesMigration;
import org.lumbarguide.content.release.ContentImport;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;

/**
 * The package boundaries, as Spring Modulith reads them: each package under {@code org.lumbarguide} is a
 * module; a module may use another's top-level types and its named interfaces, never its sub-packages, and no
 * two modules may depend on each other in a cycle. docs/architecture.md ("The dependency rule") describes
 * what this enforces.
 */
class ModulesTests {

    static final ApplicationModules MODULES = ApplicationModules.of(LumbarGuideApplication.class);

    @Test
    void theModulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void theModulesAreThePackagesTheDocsName() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString).sorted().toList())
                .isEqualTo(List.of("api", "config", "content", "editor", "feedback", "handout", "search", "site", "system"));
    }

    /**
     * The check is not blind: of content's parts, the file format ("format") and the published read model
     * ("catalog") are shown to other modules beside the module's own package (the write API); the import
     * ("release") and the renderer ("render") stay hidden, so an editor class importing them fails the check.
     */
    @Test
    void onlyTheFormatAndTheCatalogOfContentsPartsAreShownToOtherModules() {
        ApplicationModule content = MODULES.getModuleByName("content").orElseThrow();
        NamedInterface format = content.getNamedInterfaces().getByName("format").orElseThrow();
        NamedInterface catalog = content.getNamedInterfaces().getByName("catalog").orElseThrow();
        assertThat(format.contains(ContentFiles.class)).isTrue();
        assertThat(format.contains(TopicCatalog.class)).isFalse();
        assertThat(catalog.contains(TopicCatalog.class)).isTrue();
        assertThat(content.isExposed(ContentWrites.class)).as("the module's own package").isTrue();
        assertThat(content.isExposed(ContentImport.class)).isFalse();
        assertThat(content.isExposed(ContentFilesMigration.class)).isFalse();
        assertThat(content.isExposed(SectionRenderer.class)).isFalse();
    }
}
