package org.lumbarguide.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's own description. springdoc makes the rest from the API package's controllers
 * ({@code springdoc.packages-to-scan}). The server is "/", so the document and the Swagger UI name this site as it
 * is reached (behind any proxy), never a host name fixed at build time.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI contentApiDocument() {
        return new OpenAPI()
                .info(new Info().title("Lumbar Spine Cancer Guide: content API")
                        .version(ContentApiAnswers.VERSION)
                        .description("The guide's published content, read-only, as JSON: topics with their sections "
                                + "(Markdown and sanitised HTML, level of urgency, translation status), the glossary, "
                                + "the sources and the clinical codes, in English and Spanish. Every answer has a strong "
                                + "ETag (send it in If-None-Match for 304) and may be read from any origin (CORS). "
                                + "Errors are RFC 9457 problem details. General information, never individual "
                                + "medical advice."))
                .addServersItem(new Server().url("/"));
    }
}
