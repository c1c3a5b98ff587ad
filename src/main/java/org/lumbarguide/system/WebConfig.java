package org.lumbarguide.system;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Request encoding, and HTTP caching: fingerprinted static files are cached for a year. Pages revalidate with
 * their ETag: their Cache-Control comes from the one table of cached pages (site/CachedRoute, site/PageCacheHeaders).
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

    /**
     * Browsers post forms with no charset, and the servlet default is then ISO-8859-1. Boot's
     * CharacterEncodingFilter corrects that only for requests no earlier filter has read (RequestGuardFilter,
     * the rate limit and Spring Security all read parameters before it), so the container's own default is
     * set instead: every request starts as UTF-8 before any filter or valve runs, and a charset the client
     * names still wins.
     */
    @Bean
    ServletContextInitializer utf8RequestsByDefault() {
        return servletContext -> servletContext.setRequestCharacterEncoding(StandardCharsets.UTF_8.name());
    }

    private static final String[] FINGERPRINTED_FOLDERS = {"css", "img", "js"};

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // The content hash is in the URL (site-<hash>.css), so a changed file gets a new address.
        for (String folder : FINGERPRINTED_FOLDERS) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
    }
}
