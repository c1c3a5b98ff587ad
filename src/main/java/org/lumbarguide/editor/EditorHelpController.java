package org.lumbarguide.editor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The editors' help page, linked from the editor's footer: how a change reaches readers, and where things are. */
@Controller
class EditorHelpController {

    @GetMapping("/editor/help")
    String help() {
        return "editor/help";
    }
}
