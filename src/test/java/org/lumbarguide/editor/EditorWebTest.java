package org.lumbarguide.editor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.lumbarguide.content.SectionPreview;
import org.lumbarguide.feedback.ReaderFeedback;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A slice of the editor's web layer: every editor controller, the editor's advice (EditorRefusals, EditorModel,
 * DatabaseUnavailable), its pages and templates, Boot's default security with method security switched on as
 * the application has it ({@link EditorMethodSecurity}), and every service mocked. Other features' filters and
 * advice stay out. Every editor slice test shares this one context (one set of mocks, reset after each test),
 * so the six test classes start Spring once. Requests carry a mock user ({@code @WithMockUser}) and a CSRF token ({@code csrf()}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.lumbarguide\\.(?!editor\\.).*"))
@Import({EditorMethodSecurity.class, EditPage.class, ProposalPage.class, UsersPage.class, EditorWebTest.Beans.class})
@MockitoBean(types = {Drafts.class, Proposals.class, Accounts.class, AuditLog.class, SignInThrottle.class,
        SectionPreview.class, ReaderFeedback.class, Dashboard.class, TranslationChecks.class})
@interface EditorWebTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Beans {

        static final Instant NOW = Instant.parse("2026-12-05T10:15:00Z");

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
