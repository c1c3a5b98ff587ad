package org.lumbarguide.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumbarguide.LumbarGuideApplication;
import org.lumbarguide.content.TopicCatalog;
import org.lumbarguide.content.seed.ContentFiles;
import org.lumbarguide.content.seed.ContentFilesMigration;
import org.lumbarguide.content.seed.ContentImport;
import org.lumbarguide.content.seed.TopicRows;
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
                .isEqualTo(List.of("config", "content", "editor", "feedback", "handout", "site", "system"));
    }

    /**
     * The check is not blind: of content's insides, only the types named "content-writes" (the file format and
     * the row writer the editor still uses until the content write API replaces them) are shown to others; the
     * import itself, the migration and the rest stay hidden, so an editor class importing them fails the check.
     */
    @Test
    void onlyTheNamedTypesOfContentsInsidesAreShownToOtherModules() {
        ApplicationModule content = MODULES.getModuleByName("content").orElseThrow();
        NamedInterface writes = content.getNamedInterfaces().getByName("content-writes").orElseThrow();
        assertThat(writes.contains(TopicRows.class)).isTrue();
        assertThat(writes.contains(ContentFiles.class)).isTrue();
        assertThat(writes.contains(ContentImport.class)).isFalse();
        assertThat(content.isExposed(TopicCatalog.class)).as("the module's own package").isTrue();
        assertThat(content.isExposed(ContentImport.class)).isFalse();
        assertThat(content.isExposed(ContentFilesMigration.class)).isFalse();
    }
}
