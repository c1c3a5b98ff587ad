package org.lumbarguide.site;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.lumbarguide.content.catalog.TopicCatalog;
import org.lumbarguide.system.SecurityConfig;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The public pages' web layer alone (MockMvc, no server, no database): the site's controllers (pages, sitemap and
 * robots.txt), the advice that fills every page's footer and head (language links, canonical and alternate
 * addresses, structured data), its language resolver (the address decides) and its Cache-Control interceptor, the real
 * templates and messages, and the public security chain (its headers and CSRF cookie). The catalog is a
 * mock; tests give it {@link PublishedPages}, the real catalog built from the content files. Only what is
 * named here is loaded (no other module's filters or advice), so the slice stays the site's. Every class
 * using it shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(properties = "spring.main.banner-mode=off", useDefaultFilters = false, includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
        classes = {HomeController.class, TopicController.class, GlossaryController.class, SitemapController.class,
                EmergencyDetails.class, PageHeads.class, PageCacheHeaders.class}))
@Import({SiteLocale.class, SecurityConfig.class})
@MockitoBean(types = TopicCatalog.class)
@interface SitePageSlice {
}
