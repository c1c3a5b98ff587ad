package org.lumbarguide.editor;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Method security: the rights in {@link EditorRights} ({@code @PreAuthorize}) are checked where they are
 * used. A refusal is an AccessDeniedException, which {@link EditorRefusals} answers with a 403 page.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class EditorMethodSecurity {
}
