package org.lumbarguide.api;

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
 * The content API's web layer alone (MockMvc, no server, no database): its controller, answers, problem details and
 * security chain (CORS, headers), beside the site's public chain. The catalog is a mock; tests give it the real
 * catalogs of the content files ({@link ApiCatalogs}). Every class using it shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(properties = "spring.main.banner-mode=off", useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                classes = {ContentApiController.class, ContentApiAnswers.class, ApiWebConfig.class}))
@Import(SecurityConfig.class)
@MockitoBean(types = TopicCatalog.class)
@interface ContentApiSlice {
}
