package org.lumbarguide.quality;

import java.util.List;

import org.lumbarguide.editor.EditorFixture;
import org.lumbarguide.editor.Role;

/**
 * Editor pages as they look in use, for the quality checks of their words and layout: the editors'
 * {@link EditorFixture} with an account for each role (and one holding all three) and a topic that
 * {@link #withHistoryAndADraftAwaitingReview} gives a published version in its history and a draft awaiting review.
 */
final class EditorPages {

    static final String KEY = "living-with";
    static final String TOPIC = "/editor/topics/en/" + KEY;
    /** Each role's account, and the one that holds every role. */
    static final List<String> ACCOUNTS = List.of("vt-author", "vt-reviewer", "vt-admin", "vt-chief");
    static final String CHIEF = "vt-chief";

    private EditorPages() {
    }

    /** The fixture; its clients come from an address of their own, apart from other tests' throttles and limits. */
    static EditorFixture fixture() {
        return EditorFixture.forTopic("en", KEY).from("203.0.113.23")
                .account("vt-author", Role.AUTHOR).account("vt-reviewer", Role.REVIEWER)
                .account("vt-admin", Role.ADMIN).account(CHIEF, Role.AUTHOR, Role.REVIEWER, Role.ADMIN);
    }

    static void withHistoryAndADraftAwaitingReview(EditorFixture editors) {
        editors.publishAVersionAndLeaveADraftAwaitingReview("vt-author", "vt-reviewer");
    }
}
