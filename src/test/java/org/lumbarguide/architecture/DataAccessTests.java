package org.lumbarguide.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbarguide.content.catalog.TopicViews;
import org.lumbarguide.content.release.ContentImport;
import org.lumbarguide.content.render.ContentText;
import org.lumbarguide.content.render.IncludeException;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.NestedRuntimeException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import jakarta.persistence.Entity;

/**
 * One way to reach the database inside the content module, and the shape of its parts, checked with ArchUnit
 * on the compiled main classes (ModulesTests checks the boundaries between modules; this checks inside
 * content). docs/architecture.md ("The dependency rule") describes what this enforces.
 *
 * <p>Each rule is also shown to fail: small fixture classes, compiled here into a temporary folder (never on
 * the application's class path, so Spring and Hibernate never scan them), break it in the packages the rule
 * watches.
 */
class DataAccessTests {

    static final String CONTENT = "org.lumbarguide.content";

    /**
     * Content's main classes, read from the folder they are compiled to (not its tests, which may use JdbcTemplate
     * to look at a database; and no jar is opened to look for the package).
     */
    static final JavaClasses MAIN = load(importer -> importer.importPath(mainClassesOf("")));

    /**
     * Imports the classes alone: the rules compare class names, so the classes they use (Spring's, Hibernate's,
     * the JDK's) need not be read from the class path too, which is most of an import's time. The setting lasts
     * for this import only.
     */
    static JavaClasses load(Function<ClassFileImporter, JavaClasses> importing) {
        return ArchConfiguration.withThreadLocalScope(configuration -> {
            configuration.setResolveMissingDependenciesFromClassPath(false);
            return importing.apply(new ClassFileImporter());
        });
    }

    /** A ResultSet getter that names its column by position: rs.getLong(1), rs.getObject(2, Foo.class) … */
    static final DescribedPredicate<JavaMethodCall> A_COLUMN_READ_BY_POSITION =
            DescribedPredicate.describe("a java.sql.ResultSet getter taking a column position",
                    call -> call.getTargetOwner().isAssignableTo(ResultSet.class)
                            && call.getName().startsWith("get")
                            && !call.getTarget().getRawParameterTypes().isEmpty()
                            && call.getTarget().getRawParameterTypes().get(0).isEquivalentTo(int.class));

    static final ArchRule NO_JDBC_TEMPLATE = noClasses().that().resideInAPackage(CONTENT + "..")
            .should().dependOnClassesThat().belongToAnyOf(JdbcTemplate.class, NamedParameterJdbcTemplate.class)
            .because("content reads and writes through JdbcClient with named parameters (or Spring Data JPA)");

    static final ArchRule NO_COLUMN_BY_POSITION = noClasses().that().resideInAPackage(CONTENT + "..")
            .should().callMethodWhere(A_COLUMN_READ_BY_POSITION)
            .because("rows are mapped to records by column name (JdbcClient's query(Record.class))");

    static final ArchRule ENTITIES_ARE_HIDDEN_AND_READ_ONLY = classes().that().resideInAPackage(CONTENT + "..")
            .and().areAnnotatedWith(Entity.class)
            .should().notBePublic().andShould().beAnnotatedWith(Immutable.class)
            .because("the entities are the catalog's read model: other packages read views, and writes go "
                    + "through ContentWrites");

    static final ArchRule THE_MODULE_PACKAGE_DOES_NOT_USE_RELEASE = noClasses().that().resideInAPackage(CONTENT)
            .should().dependOnClassesThat().resideInAPackage(CONTENT + ".release..")
            .because("the release import may use the module's own package, never the reverse");

    /**
     * No cycle between content's parts, except the ones that exist today, each named by its edge: the file
     * format (format) fills includes with render's ContentText and reports IncludeException; the renderer
     * (render) builds catalog's TopicViews records. Any other edge that closes a cycle fails.
     */
    static final ArchRule PARTS_FREE_OF_CYCLES = slices().matching(CONTENT + ".(*)..").should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage(CONTENT + ".format.."),
                    belongToAnyOf(ContentText.class, IncludeException.class))
            .ignoreDependency(resideInAPackage(CONTENT + ".render.."), belongToAnyOf(TopicViews.class));

    // --- the rules, on the main classes ---

    @Test
    void contentHasNoJdbcTemplate() {
        NO_JDBC_TEMPLATE.check(MAIN);
    }

    @Test
    void contentReadsNoColumnByPosition() {
        NO_COLUMN_BY_POSITION.check(MAIN);
    }

    @Test
    void contentsEntitiesArePackagePrivateAndImmutable() {
        ENTITIES_ARE_HIDDEN_AND_READ_ONLY.check(MAIN);
    }

    @Test
    void theModulesOwnPackageDoesNotUseTheReleaseImport() {
        THE_MODULE_PACKAGE_DOES_NOT_USE_RELEASE.check(MAIN);
    }

    @Test
    void contentsPartsAreFreeOfCyclesButTheKnownOnes() {
        PARTS_FREE_OF_CYCLES.check(MAIN);
    }

    // --- each rule fails on a class that breaks it ---

    @TempDir
    static Path fixtures;

    static JavaClasses broken;

    /** Classes that break the rules, in the packages the rules watch; compiled here, never on the class path. */
    static final Map<String, String> FIXTURES = Map.of(
            "org.lumbarguide.content.fixture.TemplateRows", """
                    package org.lumbarguide.content.fixture;
                    public class TemplateRows {
                        org.springframework.jdbc.core.JdbcTemplate jdbc;
                    }
                    """,
            "org.lumbarguide.content.fixture.PositionalRows", """
                    package org.lumbarguide.content.fixture;
                    class PositionalRows {
                        long id(java.sql.ResultSet rs) throws java.sql.SQLException {
                            return rs.getLong(1);
                        }
                    }
                    """,
            "org.lumbarguide.content.fixture.NamedRows", """
                    package org.lumbarguide.content.fixture;
                    class NamedRows {
                        org.springframework.jdbc.core.simple.JdbcClient jdbc;
                        String title(java.sql.ResultSet rs) throws java.sql.SQLException {
                            return rs.getString("title");
                        }
                    }
                    """,
            "org.lumbarguide.content.fixture.PublicEntity", """
                    package org.lumbarguide.content.fixture;
                    @jakarta.persistence.Entity
                    @org.hibernate.annotations.Immutable
                    public class PublicEntity {
                    }
                    """,
            "org.lumbarguide.content.fixture.MutableEntity", """
                    package org.lumbarguide.content.fixture;
                    @jakarta.persistence.Entity
                    class MutableEntity {
                    }
                    """,
            "org.lumbarguide.content.UsesRelease", """
                    package org.lumbarguide.content;
                    class UsesRelease {
                        org.lumbarguide.content.release.ContentImport.Report report;
                    }
                    """,
            "org.lumbarguide.content.cyclea.A", """
                    package org.lumbarguide.content.cyclea;
                    public class A {
                        org.lumbarguide.content.cycleb.B b;
                    }
                    """,
            "org.lumbarguide.content.cycleb.B", """
                    package org.lumbarguide.content.cycleb;
                    public class B {
                        org.lumbarguide.content.cyclea.A a;
                    }
                    """,
            "org.lumbarguide.content.render.UsesTheCatalog", """
                    package org.lumbarguide.content.render;
                    class UsesTheCatalog {
                        org.lumbarguide.content.catalog.TopicCatalog catalog;
                    }
                    """);

    @BeforeAll
    static void compileTheFixtures() throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK's compiler, to build the fixtures").isNotNull();
        Set<String> classPath = new LinkedHashSet<>();
        for (Class<?> type : List.of(JdbcTemplate.class, JdbcClient.class, InitializingBean.class,
                NestedRuntimeException.class, DataAccessException.class, Entity.class, Immutable.class,
                ContentImport.class)) {
            classPath.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        List<JavaFileObject> sources = new ArrayList<>();
        FIXTURES.forEach((name, code) -> sources.add(new SimpleJavaFileObject(
                URI.create("string:///" + name.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        }));
        List<String> options = List.of("-proc:none", "-classpath", String.join(File.pathSeparator, classPath),
                "-d", fixtures.toString());
        assertThat(javac.getTask(null, null, null, options, null, sources).call()).as("the fixtures compile").isTrue();
        try (Stream<Path> files = Files.walk(fixtures)) {
            assertThat(files.filter(f -> f.toString().endsWith(".class")).count()).isEqualTo(FIXTURES.size());
        }
        broken = load(importer -> importer.importPath(fixtures));
    }

    private static JavaClasses fixtures(String... simpleNames) {
        JavaClasses chosen = broken.that(DescribedPredicate.describe("one of " + List.of(simpleNames),
                c -> List.of(simpleNames).contains(c.getSimpleName())));
        assertThat(chosen).hasSize(simpleNames.length);
        return chosen;
    }

    private static String violations(ArchRule rule, JavaClasses classes) {
        EvaluationResult result = rule.evaluate(classes);
        return result.hasViolation() ? String.join("\n", result.getFailureReport().getDetails()) : "";
    }

    @Test
    void aJdbcTemplateInContentFails() {
        assertThat(violations(NO_JDBC_TEMPLATE, fixtures("TemplateRows")))
                .contains("TemplateRows.jdbc> has type <" + JdbcTemplate.class.getName() + ">");
        assertThat(violations(NO_JDBC_TEMPLATE, fixtures("NamedRows"))).as("JdbcClient is the way").isEmpty();
    }

    @Test
    void aColumnReadByPositionFailsAndOneReadByNameDoesNot() {
        assertThat(violations(NO_COLUMN_BY_POSITION, fixtures("PositionalRows")))
                .contains("PositionalRows.id(java.sql.ResultSet)> calls method <java.sql.ResultSet.getLong(int)>");
        assertThat(violations(NO_COLUMN_BY_POSITION, fixtures("NamedRows"))).isEmpty();
    }

    @Test
    void aPublicEntityAndAMutableOneFail() {
        assertThat(violations(ENTITIES_ARE_HIDDEN_AND_READ_ONLY, fixtures("PublicEntity")))
                .contains("PublicEntity> has modifier PUBLIC");
        assertThat(violations(ENTITIES_ARE_HIDDEN_AND_READ_ONLY, fixtures("MutableEntity")))
                .contains("MutableEntity> is not annotated with @Immutable");
    }

    @Test
    void theModulesPackageUsingTheReleaseImportFails() {
        assertThat(violations(THE_MODULE_PACKAGE_DOES_NOT_USE_RELEASE, fixtures("UsesRelease")))
                .contains("UsesRelease.report> has type <" + ContentImport.Report.class.getName() + ">");
    }

    @Test
    void aNewCycleFailsAndTheKnownOnesAreNamedByTheirEdgesNotWaivedWhole() {
        assertThat(violations(PARTS_FREE_OF_CYCLES, fixtures("A", "B")))
                .contains("Cycle detected: Slice cyclea -> ").contains("Slice cycleb");
        // render may build catalog's TopicViews records; a render class using the TopicCatalog closes a cycle.
        JavaClasses withIt = load(importer -> importer.importPaths(fixtures.resolve("org/lumbarguide/content/render"),
                mainClassesOf("catalog"), mainClassesOf("render"), mainClassesOf("format")));
        assertThat(violations(PARTS_FREE_OF_CYCLES, withIt))
                .contains("Cycle detected: Slice catalog -> ").contains("UsesTheCatalog.catalog> has type");
        assertThat(violations(PARTS_FREE_OF_CYCLES, load(importer -> importer.importPaths(mainClassesOf("catalog"),
                mainClassesOf("render"), mainClassesOf("format"))))).as("the same parts without it").isEmpty();
    }

    /** The folder a part of content is compiled to (target/classes/org/lumbarguide/content/…). */
    static Path mainClassesOf(String part) {
        try {
            Path root = Path.of(ContentImport.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return root.resolve(CONTENT.replace('.', '/')).resolve(part);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theMainClassesAreAllThere() {
        // A rule over no classes proves nothing: the import must find content's parts and its five entities.
        Set<String> packages = MAIN.stream().map(c -> c.getPackageName()).collect(Collectors.toSet());
        assertThat(packages).contains(CONTENT, CONTENT + ".format", CONTENT + ".catalog", CONTENT + ".render",
                CONTENT + ".release");
        assertThat(MAIN.that(simpleName("ContentImportTests"))).as("tests are not analysed").isEmpty();
        assertThat(MAIN.stream().filter(c -> c.isAnnotatedWith(Entity.class)).count()).isEqualTo(5);
    }
}
