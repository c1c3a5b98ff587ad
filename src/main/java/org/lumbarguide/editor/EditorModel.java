package org.lumbarguide.editor;

import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
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
        return Role.ADMIN.heldBy(authentication);
    }

    /** The same, for a page an exception handler renders (its model starts empty: no @ModelAttribute methods run). */
    static void signedIn(Model model, Authentication authentication) {
        model.addAttribute("editorName", authentication == null ? null : authentication.getName());
        model.addAttribute("editorIsAdmin", Role.ADMIN.heldBy(authentication));
    }
}
