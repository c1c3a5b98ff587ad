package org.lumbarguide.site;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * {@code Cache-Control: no-cache} on every route of {@link CachedRoute}'s table, set by Spring MVC, so a
 * page carries it however it was answered (rendered for an editor, a HEAD before the first GET, a 404 of
 * an unknown topic): browsers revalidate with the ETag every time.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheHeaders implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        WebContentInterceptor pages = new WebContentInterceptor();
        pages.addCacheMapping(CacheControl.noCache(), CachedRoute.patterns());
        registry.addInterceptor(pages);
    }
}
