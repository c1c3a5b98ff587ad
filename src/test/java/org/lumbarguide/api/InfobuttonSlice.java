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
 * The health-record endpoints' web layer alone (MockMvc, no server, no database): the Infobutton and CDS Hooks
 * controllers and their services, the CDS Hooks security chain and the public one, real messages. The catalog is a
 * mock the tests give {@link InfobuttonFixtures} (with their codes, matched by the catalog's own lookup). Every class using it
 * shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(properties = "spring.main.banner-mode=off", useDefaultFilters = false, includeFilters = @ComponentScan.Filter(
        type = FilterType.ASSIGNABLE_TYPE, classes = {InfobuttonController.class, CdsHooksController.class}))
@Import({InfobuttonAnswers.class, InfobuttonTopics.class, CdsHooksCards.class,
        CdsHooksSecurityConfig.class, SecurityConfig.class})
@MockitoBean(types = TopicCatalog.class)
@interface InfobuttonSlice {
}
