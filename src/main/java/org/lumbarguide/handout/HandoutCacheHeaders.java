package org.lumbarguide.handout;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * {@code Cache-Control: no-store} on every answer of the handout builder, set by Spring MVC before the handler
 * runs, so the form, the print view, the PDF, the busy page and the form shown again with its errors all carry it:
 * any of them may hold a patient's name.
 */
@Configuration(proxyBeanMethods = false)
class HandoutCacheHeaders implements WebMvcConfigurer {

    static final String PATH = "/handouts";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        WebContentInterceptor handouts = new WebContentInterceptor();
        handouts.addCacheMapping(CacheControl.noStore(), PATH);
        registry.addInterceptor(handouts).addPathPatterns(PATH);
    }
}
