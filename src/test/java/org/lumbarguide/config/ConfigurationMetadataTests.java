package org.lumbarguide.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The guide's settings: README's configuration table lists exactly the settings the build's metadata
 * (generated from {@link GuideProperties}) has, with the same defaults; the documented environment variables
 * reach them; and a bad value stops start-up.
 */
class ConfigurationMetadataTests {

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`(lumbarguide\\.[a-z0-9.-]+)`[^|]*\\|([^|]*)\\|", Pattern.MULTILINE);

    /** Every {@code lumbarguide.*} setting in the generated metadata, with its default ("" for none). */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> metadata() throws IOException {
        try (InputStream in = ConfigurationMetadataTests.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("META-INF/spring-configuration-metadata.json (spring-boot-configuration-processor)").isNotNull();
            Map<String, Object> json = JsonParserFactory.getJsonParser().parseMap(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, Map<String, Object>> settings = new TreeMap<>();
            for (Object property : (List<Object>) json.get("properties")) {
                Map<String, Object> fields = (Map<String, Object>) property;
                String name = (String) fields.get("name");
                if (name.startsWith("lumbarguide.")) {
                    settings.put(name, fields);
                }
            }
            return settings;
        }
    }

    /** README's configuration table: each {@code lumbarguide.*} setting with its default cell. */
    private static Map<String, String> readmeTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## Configuration\n");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Map<String, String> rows = new TreeMap<>();
        Matcher row = ROW.matcher(section);
        while (row.find()) {
            assertThat(rows.put(row.group(1), row.group(2).strip())).as("listed twice: " + row.group(1)).isNull();
        }
        return rows;
    }

    @Test
    void readmeListsEverySettingTheCodeHasAndNoOther() throws IOException {
        Map<String, Map<String, Object>> metadata = metadata();
        assertThat(metadata).as("the metadata has the settings").hasSizeGreaterThan(10);
        assertThat(readmeTable().keySet()).isEqualTo(metadata.keySet());
    }

    @Test
    void readmeGivesEachSettingsDefaultAndTheCodeDescribesIt() throws IOException {
        Map<String, String> readme = readmeTable();
        metadata().forEach((name, fields) -> {
            assertThat((String) fields.get("description")).as("Javadoc of " + name).isNotBlank();
            Object value = fields.get("defaultValue");
            String cell = readme.get(name);
            if (value == null || value.toString().isEmpty()) {
                assertThat(cell).as("README's default of " + name).startsWith("none");
            } else {
                assertThat(cell).as("README's default of " + name).startsWith("`" + value + "`");
            }
        });
    }

    @Test
    void noDefaultIsRepeatedInApplicationProperties() throws IOException {
        for (String file : List.of("application.properties", "application-postgres.properties")) {
            String text = Files.readString(Path.of("src/main/resources", file));
            assertThat(text.lines().filter(line -> line.startsWith("lumbarguide."))).as(file).isEmpty();
        }
        // The one place a Spring setting needs a guide setting before the guide's are bound.
        Object dataDir = metadata().get("lumbarguide.data-dir").get("defaultValue");
        assertThat(Files.readString(Path.of("src/main/resources/application.properties")))
                .contains("${lumbarguide.data-dir:" + dataDir + "}");
    }

    @Test
    void theDocumentedEnvironmentVariablesReachTheirSettings() {
        Map<String, Object> environment = new LinkedHashMap<>();
        environment.put("LUMBARGUIDE_REGION", "UK");
        environment.put("LUMBARGUIDE_HELPLINE_NUMBER", " 0800 000 0000 ");
        environment.put("LUMBARGUIDE_PUBLIC_BASE_URL", "https://guide.example.org");
        environment.put("LUMBARGUIDE_DATA_DIR", "/var/lib/lumbarguide");
        environment.put("LUMBARGUIDE_ADMIN_USERNAME", "ana");
        environment.put("LUMBARGUIDE_ADMIN_PASSWORD", "a long enough phrase");
        environment.put("LUMBARGUIDE_REVIEW_INTERVAL", "P2Y");
        environment.put("LUMBARGUIDE_PDF_MAX_WAIT", "5s");
        environment.put("LUMBARGUIDE_RATE_LIMIT_PDF_BURST", "7");
        StandardEnvironment spring = new StandardEnvironment();
        spring.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                "test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
        GuideProperties settings = new Binder(ConfigurationPropertySources.get(spring))
                .bindOrCreate("lumbarguide", GuideProperties.class);
        assertThat(settings.region()).isEqualTo(Region.UK);
        assertThat(settings.helplineNumber()).isEqualTo("0800 000 0000");
        assertThat(settings.publicBaseUrl()).isEqualTo("https://guide.example.org");
        assertThat(settings.dataDir()).isEqualTo("/var/lib/lumbarguide");
        assertThat(settings.admin().username()).isEqualTo("ana");
        assertThat(settings.admin().toString()).doesNotContain("phrase");
        assertThat(settings.reviewInterval()).hasYears(2);
        assertThat(settings.pdf().maxWait()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.rateLimit().pdfBurst()).isEqualTo(7);
        assertThat(settings.rateLimit().pdfsPerMinute()).as("untouched: its default").isEqualTo(20);
    }

    /** {@code rate-limit.pdf-burst} as Bean Validation names it: {@code rateLimit.pdfBurst}. */
    private static String camelCase(String setting) {
        return Pattern.compile("-([a-z])").matcher(setting).replaceAll(dash -> dash.group(1).toUpperCase());
    }

    @EnableConfigurationProperties(GuideProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void theDefaultsStartAndAreTheOnesTheTestsUse() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(GuideProperties.class)).isEqualTo(TestSettings.defaults());
        });
    }

    @Test
    void aValueOutOfRangeStopsStartUpNamingTheSetting() {
        // The context logs each refused start as a warning: expected here, so kept off the console.
        Logger contextLog = (Logger) LoggerFactory.getLogger(AnnotationConfigApplicationContext.class);
        Level level = contextLog.getLevel();
        contextLog.setLevel(Level.ERROR);
        try {
            startsWithBadValues();
        } finally {
            contextLog.setLevel(level);
        }
    }

    private void startsWithBadValues() {
        for (String bad : List.of("lumbarguide.region=mars", "lumbarguide.catalog.refresh=0s",
                "lumbarguide.review-interval=P0D", "lumbarguide.public-base-url=guide.example.org",
                "lumbarguide.pdf.queue=-2", "lumbarguide.pdf.max-wait=0s", "lumbarguide.rate-limit.pdf-burst=0",
                "lumbarguide.rate-limit.refusal-delay=-1s", "lumbarguide.body-read-timeout=0s",
                "lumbarguide.content.location= ")) {
            context.withPropertyValues(bad).run(started -> {
                assertThat(started).as(bad).hasFailed();
                StringBuilder messages = new StringBuilder();
                for (Throwable cause = started.getStartupFailure(); cause != null; cause = cause.getCause()) {
                    messages.append(cause.getMessage()).append('\n');
                }
                String setting = bad.substring(0, bad.indexOf('='));
                assertThat(messages).as(bad).containsAnyOf(setting, camelCase(setting.substring("lumbarguide.".length())));
            });
        }
    }
}
