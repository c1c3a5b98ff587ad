package org.lumbarguide.search;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * {@code Cache-Control: no-store} on the results pages. What a reader searches for is about their own health
 * ("cannot pee"), so no browser, proxy or shared cache keeps it. Each instance keeps recent results pages in its
 * own memory only (ResultsPageMemory), never on disk.
 */
@Configuration(proxyBeanMethods = false)
class SearchCacheHeaders implements WebMvcConfigurer {

    static final String[] PATHS = {"/search", "/es/buscar"};

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        WebContentInterceptor results = new WebContentInterceptor();
        results.addCacheMapping(CacheControl.noStore(), PATHS);
        registry.addInterceptor(results).addPathPatterns(PATHS);
    }
}
