package org.lumbarguide.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lumbarguide.Http;
import org.lumbarguide.TcpProxy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A database outage on real PostgreSQL: the app reaches its own fresh schema through a TCP proxy this
 * test cuts (connections dropped, new ones never answered) and restores. While it is cut, and after a
 * catalog refresh has failed, every public page, the handout builder, static files and unknown addresses
 * still answer as before and readiness is DOWN; when it is back, readiness is UP again without a restart.
 * Its own context, as it needs other database settings. Runs when LUMBARGUIDE_TEST_POSTGRES_URL is set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseOutageIT {

    static final String URL = System.getenv("LUMBARGUIDE_TEST_POSTGRES_URL");
    static final String USER = envOr("LUMBARGUIDE_TEST_POSTGRES_USER", "postgres");
    static final String PASSWORD = envOr("LUMBARGUIDE_TEST_POSTGRES_PASSWORD", "");
    static final String SCHEMA = "lumbarguide_outage_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    static TcpProxy proxy;

    @BeforeAll
    static void requirePostgres() {
        if (URL == null || URL.isBlank()) {
            String message = "DatabaseOutageIT skipped: set LUMBARGUIDE_TEST_POSTGRES_URL, for example "
                    + "jdbc:postgresql://127.0.0.1:5432/test, to run it against PostgreSQL.";
            System.out.println(message);
            Assumptions.abort(message);
        }
    }

    @DynamicPropertySource
    static void postgresThroughAProxy(DynamicPropertyRegistry registry) {
        if (URL == null || URL.isBlank()) {
            return;
        }
        URI target = URI.create(URL.substring("jdbc:".length()));
        proxy = new TcpProxy(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort());
        String database = target.getPath();
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + proxy.port() + database
                + "?currentSchema=" + SCHEMA + "&connectTimeout=2&socketTimeout=3");
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.datasource.hikari.connection-timeout", () -> "1000");
        registry.add("spring.datasource.hikari.validation-timeout", () -> "500");
        registry.add("lumbarguide.catalog.refresh", () -> "1s");
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (URL == null || URL.isBlank()) {
            return;
        }
        proxy.close();
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    MeterRegistry meters;

    @Test
    void theSiteKeepsServingTheLastGoodContentWhileTheDatabaseIsAwayAndRecoversByItself() {
        Http site = new Http(port);
        Http management = new Http(managementPort);
        List<String> pages = List.of("/", "/topics", "/topics/symptoms", "/topics/treatment", "/glossary",
                "/handouts", "/handouts?topic=symptoms&paper=a4", "/robots.txt", "/css/site.css");
        for (String page : pages) {
            assertThat(site.get(page).statusCode()).as(page).isEqualTo(200);
        }
        String symptoms = site.get("/topics/symptoms").body();
        assertThat(management.get("/actuator/health/readiness").statusCode()).isEqualTo(200);

        proxy.cut();
        double buildsBefore = builds(); // none can succeed while the database is away
        try {
            // Wait until a catalog refresh has really been tried against the missing database, and failed.
            double failuresBefore = refreshFailures();
            waitFor(() -> {
                site.get("/");
                return refreshFailures() > failuresBefore;
            });

            for (String page : pages) {
                assertThat(site.get(page).statusCode()).as(page + " during the outage").isEqualTo(200);
            }
            assertThat(site.get("/topics/symptoms").body()).isEqualTo(symptoms);
            assertThat(site.get("/no-such-page").statusCode()).isEqualTo(404);
            assertThat(site.get("/topics/no-such-topic").statusCode()).isEqualTo(404);
            assertThat(site.get("/handouts?topic=nope").statusCode()).isEqualTo(400);
            assertThat(management.get("/actuator/health/readiness").statusCode()).as("readiness").isEqualTo(503);
            assertThat(management.get("/actuator/health/liveness").statusCode()).as("liveness").isEqualTo(200);
        } finally {
            proxy.restore();
        }

        waitFor(() -> management.get("/actuator/health/readiness").statusCode() == 200);
        waitFor(() -> {
            site.get("/");
            return builds() > buildsBefore;
        });
        for (String page : pages) {
            assertThat(site.get(page).statusCode()).as(page + " after the outage").isEqualTo(200);
        }
    }

    private double builds() {
        return meters.get("lumbarguide.catalog.builds").counter().count();
    }

    private double refreshFailures() {
        return meters.get("lumbarguide.catalog.refresh.failures").counter().count();
    }

    /** Polls until the condition holds; fails after a generous limit (this is not a timing assertion). */
    private static void waitFor(Callable<Boolean> condition) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(condition);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
