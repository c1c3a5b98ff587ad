package org.lumbarguide.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.servlet.Filter;

import org.junit.jupiter.api.Test;
import org.lumbarguide.RawHttp;
import org.lumbarguide.SiteIntegrationTest;
import org.lumbarguide.config.GuideProperties;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.OrderUtils;

/**
 * Overload rules in one place, in the running app: one bucket store behind the rate limit, the sign-in
 * throttle and reader feedback; the editor's rule (free at the door) applied though the rate limit names no
 * editor path; and one class that orders every filter of the app's own.
 */
@SiteIntegrationTest
class RateLimitIT {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    GuideProperties settings;

    @LocalServerPort
    int port;

    @Test
    void oneBucketStoreServesTheRateLimitTheSignInThrottleAndFeedback() {
        String[] stores = context.getBeanFactory().getBeanNamesForType(ClientBuckets.class);
        assertThat(stores).hasSize(1);
        assertThat(context.getBeanFactory().getDependentBeans(stores[0]))
                .contains("clientRateLimitFilter", "signInThrottle", "answerAllowance");
    }

    @Test
    void theEditorsOwnRuleLetsItsPostsThroughTheDoorFree() {
        RawHttp http = new RawHttp(port, "X-Forwarded-For: 192.0.2.241");
        byte[] wrongToken = "_csrf=wrong&username=nobody&password=x".getBytes(StandardCharsets.US_ASCII);
        String[] form = {"Accept: text/html", "Content-Type: application/x-www-form-urlencoded"};
        for (int i = 0; i <= settings.rateLimit().postsPerMinute(); i++) {
            assertThat(http.send("POST /editor/sign-in HTTP/1.1", form, wrongToken).status()).as("post %d", i)
                    .isEqualTo(403);
        }
        // The same client's public posts still have their whole allowance.
        assertThat(http.send("POST /handouts HTTP/1.1", form, wrongToken).status()).isEqualTo(403);
    }

    @Test
    void everyFilterOfTheAppsOwnRunsAtAStageFilterOrderNames() throws IllegalAccessException {
        Map<Integer, String> stages = new TreeMap<>();
        for (Field field : FilterOrder.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                stages.put(field.getInt(null), field.getName());
            }
        }
        Map<String, String> filters = context.getBeansOfType(Filter.class).values().stream()
                .map(AopUtils::getTargetClass)
                .filter(type -> type.getPackageName().startsWith("org.lumbarguide"))
                .collect(Collectors.toMap(Class::getSimpleName,
                        type -> stages.getOrDefault(OrderUtils.getOrder(type, Ordered.LOWEST_PRECEDENCE), "none")));
        assertThat(filters).containsEntry("RequestGuardFilter", "REQUEST_GUARD")
                .containsEntry("ClientRateLimitFilter", "RATE_LIMIT")
                .containsEntry("BusyPdfFilter", "ADMISSION")
                .containsEntry("RenderedPageFilter", "PAGE_CACHE")
                .doesNotContainValue("none");
        assertThat(stages.values()).as("in the order they run").containsSubsequence("REQUEST_GUARD", "OBSERVATION",
                "RATE_LIMIT", "ADMISSION", "PAGE_CACHE", "SESSION_STORE_OUTAGE", "SESSIONS", "SECURITY");
        assertThat(stages).as("no two stages share a place").hasSize(FilterOrder.class.getFields().length);
        assertThat(FilterOrder.PAGE_CACHE).as("all before Spring Security").isLessThan(FilterOrder.SECURITY);
    }
}
