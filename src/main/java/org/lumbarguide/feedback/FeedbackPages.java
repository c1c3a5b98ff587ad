package org.lumbarguide.feedback;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * The feedback pages are never stored by a browser or a proxy: the form holds a CSRF token and what a reader
 * typed. Said once here for every page under {@code /feedback} (and its Spanish address, {@code /es/comentarios}),
 * instead of by each handler.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackPages implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        WebContentInterceptor noStore = new WebContentInterceptor();
        noStore.setCacheControl(CacheControl.noStore());
        registry.addInterceptor(noStore).addPathPatterns("/feedback", "/feedback/**", "/es/comentarios",
                "/es/comentarios/**");
    }
}
