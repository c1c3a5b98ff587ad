package org.lumbarguide.config;

import java.time.Duration;
import java.time.Period;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of the guide's own, under {@code lumbarguide}, with its default: the one place they are
 * declared. Checked at start-up: a value out of range stops the application with the setting's name.
 * Spring's own settings ({@code server.*}, {@code management.*}, {@code spring.*}) are not here.
 * Environment variables work as for any Spring setting: {@code LUMBARGUIDE_REGION},
 * {@code LUMBARGUIDE_PUBLIC_BASE_URL}, {@code LUMBARGUIDE_PDF_MAX_WAIT} and so on.
 *
 * @param region Where the guide is used: uk, us or international. It chooses the emergency number, the
 *        names of services and medicines (content/en/regions.yaml) and the handout's default paper.
 * @param helplineNumber A hospital's own 24-hour cancer helpline (acute oncology or MSCC), shown in every
 *        emergency box and offered on the handout builder. Empty: the boxes tell readers to call their own
 *        helpline.
 * @param publicBaseUrl The public address printed on handouts (QR codes and links point there) and named to search
 *        engines (each page's canonical and alternate links, the sitemap, robots.txt), such as
 *        https://guide.example.org. Empty: the address each request came to (a trusted proxy's
 *        X-Forwarded-Host and -Proto included); the builder warns when patients cannot reach it (localhost).
 * @param reviewInterval How long a clinical review stays current (PIF TICK: at least every 3 years), as an
 *        ISO-8601 period such as P3Y.
 * @param dataDir The folder of the embedded H2 database file. Not used with the postgres profile.
 * @param bodyReadTimeout Once a request's headers are in, how long its body may pause between reads, so a
 *        body shorter than its Content-Length does not hold a thread for the whole connection timeout.
 * @param content The content files.
 * @param catalog The public catalog kept in memory.
 * @param pdf The handout PDF render pool.
 * @param rateLimit Limits per client (its remote address; the visitor's behind a trusted proxy).
 * @param admin The first administrator, created only when no editor account exists.
 */
@ConfigurationProperties("lumbarguide")
@Validated
public record GuideProperties(
        @DefaultValue("international") @NotNull Region region,
        @DefaultValue("") String helplineNumber,
        @DefaultValue("") @Pattern(regexp = "|https?://[^\\s/?#]+(/[^\\s?#]*)?",
                message = "must be empty or an http(s) address such as https://guide.example.org") String publicBaseUrl,
        @DefaultValue("P3Y") @NotNull Period reviewInterval,
        @DefaultValue("./data") @NotBlank String dataDir,
        @DefaultValue("3s") @NotNull @DurationMin(millis = 1) Duration bodyReadTimeout,
        @DefaultValue @Valid Content content,
        @DefaultValue @Valid Catalog catalog,
        @DefaultValue @Valid Pdf pdf,
        @DefaultValue @Valid RateLimit rateLimit,
        @DefaultValue @Valid Admin admin) {

    public GuideProperties {
        helplineNumber = helplineNumber == null ? "" : helplineNumber.strip();
        publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.strip();
    }

    /** Checked at start-up: a review that is never current (P0D, or a negative period) is a mistake. */
    @AssertTrue(message = "review-interval must be longer than zero, such as P3Y")
    boolean isReviewIntervalPositive() {
        return reviewInterval == null || (!reviewInterval.isZero() && !reviewInterval.isNegative());
    }

    /**
     * @param location Where the content files are read from at start-up: a Spring resource location.
     */
    public record Content(@DefaultValue("classpath:content/") @NotBlank String location) {
    }

    /**
     * @param refresh How long after it was built the public catalog is rebuilt in the background. Until then,
     *        and whenever a refresh fails, the last good one is served. This bounds how long another instance
     *        shows an old version after an edit.
     */
    public record Catalog(@DefaultValue("60s") @NotNull @DurationMin(millis = 1) Duration refresh) {
    }

    /**
     * @param threads Threads that render handout PDFs. 0: one for every two cores (at least one), so pages
     *        keep half the CPU.
     * @param queue Places in the PDF waiting room, served fairly by client; beyond it, 503 with Retry-After.
     *        -1: eight per thread.
     * @param maxWait The longest a PDF request waits for its render before it is refused with 503.
     */
    public record Pdf(@DefaultValue("0") @PositiveOrZero int threads,
                      @DefaultValue("-1") @Min(-1) int queue,
                      @DefaultValue("60s") @NotNull @DurationMin(seconds = 1) Duration maxWait) {
    }

    /**
     * @param postsPerMinute Form posts per client per minute (public forms), then 429.
     * @param pdfsPerMinute Handout PDFs per client per minute, then 429.
     * @param pdfBurst Of those PDFs, how many at once; the rest come back steadily (one every 3 s at 20 a
     *        minute).
     * @param refusalDelay A refusal made before Spring MVC (429, or 503 while the PDF pool is full) is sent
     *        after this pause, held without a thread, so a client that asks again at once cannot flood the
     *        CPU with refusals. 0: sent at once.
     */
    public record RateLimit(@DefaultValue("60") @Positive int postsPerMinute,
                            @DefaultValue("20") @Positive int pdfsPerMinute,
                            @DefaultValue("5") @Positive int pdfBurst,
                            @DefaultValue("50ms") @NotNull @DurationMin(millis = 0) Duration refusalDelay) {
    }

    /**
     * @param username User name of the first administrator. Empty: none is created, and the log says how.
     * @param password Password of the first administrator (12 characters or more, not easy to guess). There
     *        is no default; remove it from the environment once the account exists.
     */
    public record Admin(@DefaultValue("") String username, @DefaultValue("") String password) {

        /** Never shows the password (records print every component). */
        @Override
        public String toString() {
            return "Admin[username=" + username + ", password=" + (password == null || password.isEmpty() ? "" : "(set)") + "]";
        }
    }
}
