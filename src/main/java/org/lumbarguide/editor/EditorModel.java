package org.lumbarguide.editor;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is signed in, for the editor pages' navigation. */
@ControllerAdvice(basePackageClasses = EditorModel.class)
class EditorModel {

    @ModelAttribute("editorName")
    String editorName(Authentication authentication) {
        return authentication == null ? null : authentication.getName();
    }

    @ModelAttribute("editorIsAdmin")
    boolean editorIsAdmin(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
    }
}
