package org.lumbarguide.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** The one per-client bucket store: allowances apart, clients apart, refills on the clock, refusals counted. */
class ClientBucketsTests {

    static final Allowance POSTS = Allowance.perPeriod("posts", 3, Duration.ofMinutes(1));
    static final Allowance STEADY = Allowance.steady("steady", 2, 6, Duration.ofMinutes(1));

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final ManualClock clock = new ManualClock();
    final ClientBuckets buckets = new ClientBuckets(meters, clock);

    @Test
    void eachClientHasItsOwnBucketOfEachAllowance() {
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take(POSTS, "203.0.113.1", 1).isConsumed()).isTrue();
        }
        assertThat(buckets.take(POSTS, "203.0.113.1", 1).isConsumed()).isFalse();
        assertThat(buckets.take(POSTS, "203.0.113.2", 1).isConsumed()).as("another client").isTrue();
        assertThat(buckets.take(STEADY, "203.0.113.1", 1).isConsumed()).as("another allowance").isTrue();
    }

    @Test
    void aWholePeriodGivesTheWholeAllowanceBackAndNotBefore() {
        ConsumptionProbe last = null;
        for (int i = 0; i < 4; i++) {
            last = buckets.take(POSTS, "203.0.113.3", 1);
        }
        assertThat(last.isConsumed()).isFalse();
        assertThat(Duration.ofNanos(last.getNanosToWaitForRefill())).isEqualTo(Duration.ofMinutes(1));
        clock.advance(Duration.ofSeconds(59));
        assertThat(buckets.take(POSTS, "203.0.113.3", 1).isConsumed()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(buckets.bucket(POSTS, "203.0.113.3").getAvailableTokens()).isEqualTo(3);
    }

    @Test
    void aSteadyAllowanceComesBackOneByOne() {
        buckets.take(STEADY, "203.0.113.4", 2);
        assertThat(buckets.take(STEADY, "203.0.113.4", 1).isConsumed()).isFalse();
        clock.advance(Duration.ofSeconds(10));
        assertThat(buckets.take(STEADY, "203.0.113.4", 1).isConsumed()).isTrue();
        assertThat(buckets.take(STEADY, "203.0.113.4", 1).isConsumed()).isFalse();
    }

    @Test
    void tokensGivenBackCanBeTakenAgain() {
        buckets.take(POSTS, "203.0.113.5", 3);
        buckets.giveBack(POSTS, "203.0.113.5", 2);
        assertThat(buckets.take(POSTS, "203.0.113.5", 2).isConsumed()).isTrue();
        buckets.giveBack(POSTS, "203.0.113.6", 5);
        assertThat(buckets.bucket(POSTS, "203.0.113.6").getAvailableTokens()).as("never more than the allowance")
                .isEqualTo(3);
    }

    @Test
    void everyRefusalIsCountedUnderItsAllowanceInOneMeter() {
        buckets.take(POSTS, "203.0.113.7", 3);
        assertThat(buckets.usedUp(POSTS, "203.0.113.7")).isTrue();
        assertThat(buckets.take(POSTS, "203.0.113.7", 1).isConsumed()).isFalse();
        assertThat(buckets.usedUp(STEADY, "203.0.113.7")).isFalse();
        buckets.take(STEADY, "203.0.113.7", 3);
        assertThat(meters.get("lumbarguide.rate.limited").tag("allowance", "posts").counter().count()).isEqualTo(2);
        assertThat(meters.get("lumbarguide.rate.limited").tag("allowance", "steady").counter().count()).isEqualTo(1);
    }

    @Test
    void aBucketIsForgottenOnceItIsFullAgain() {
        buckets.take(POSTS, "203.0.113.8", 1);
        buckets.take(STEADY, "203.0.113.8", 2);
        assertThat(held()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(20));
        assertThat(held()).as("the steady one is full again after 20 s").isEqualTo(1);
        clock.advance(Duration.ofSeconds(40));
        assertThat(held()).isZero();
        assertThat(buckets.usedUp(POSTS, "203.0.113.8")).as("and a forgotten bucket is a full one").isFalse();
    }

    private double held() {
        return meters.get("lumbarguide.rate.buckets").gauge().value();
    }

    /** The store is the only one: no other class of the app builds a bucket or a cache of its own for them. */
    @Test
    void noOtherClassKeepsBuckets() throws Exception {
        // Only the app's own classes: what they call is known without reading the libraries' too (much faster).
        ArchConfiguration archUnit = ArchConfiguration.get();
        boolean resolving = archUnit.resolveMissingDependenciesFromClassPath();
        JavaClasses app;
        try {
            archUnit.setResolveMissingDependenciesFromClassPath(false);
            app = new ClassFileImporter().importPath(
                    Path.of(ClientBuckets.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } finally {
            archUnit.setResolveMissingDependenciesFromClassPath(resolving);
        }
        noClasses().that().doNotBelongToAnyOf(ClientBuckets.class).should().callMethod(Bucket.class, "builder")
                .orShould().dependOnClassesThat().resideInAPackage("io.github.bucket4j.caffeine..")
                .check(app);
    }
}
