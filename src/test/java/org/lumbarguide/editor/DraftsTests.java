package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.content.ContentWrites;
import org.lumbarguide.content.format.ContentFiles;

/**
 * The two-person rule lives in the workflow, whoever asks and whatever their role: a reviewer who wrote any
 * of a draft is refused its approval (403, audited), and nothing is published.
 */
class DraftsTests {

    final TopicDraftRepository repository = mock(TopicDraftRepository.class);
    final TopicRevisionRepository revisions = mock(TopicRevisionRepository.class);
    final ContentWrites content = mock(ContentWrites.class);
    final AuditLog audit = mock(AuditLog.class);
    final Drafts drafts = new Drafts(repository, revisions, content, audit,
            Clock.fixed(Instant.parse("2026-12-05T10:15:00Z"), ZoneOffset.UTC));

    /** A submitted draft of Symptoms written by ana and ben. */
    @BeforeEach
    void aDraftByTwoEditors() {
        TopicDraft draft = new TopicDraft("symptoms", "en");
        draft.write(ContentFiles.write(TopicEditorControllerTests.SYMPTOMS), "ana", Instant.EPOCH);
        draft.write(ContentFiles.write(TopicEditorControllerTests.SYMPTOMS), "ben", Instant.EPOCH);
        draft.submit("ben", null);
        when(repository.lockByTopicKeyAndLanguage("symptoms", "en")).thenReturn(Optional.of(draft));
        when(content.sourceKeys()).thenReturn(List.of());
        when(content.published("en", "symptoms")).thenReturn(Optional.of(TopicEditorControllerTests.SYMPTOMS));
    }

    @Test
    void aContributorCannotApproveTheDraftEvenAsAReviewer() {
        Drafts.Refused refused = catchThrowableOfType(Drafts.Refused.class, () -> drafts.approve("en", "symptoms", 0L,
                "ben", "consultant clinical oncologist", "Looks right."));
        assertThat(refused.messageKey).isEqualTo("editor.refused.ownDraft");
        assertThat(refused.forbidden).as("a 403: this editor may never approve it").isTrue();
        verify(audit).record("ben", AuditLog.Action.SELF_APPROVAL_REFUSED, "en/symptoms", null);
        verify(content, never()).publish(any(), any(), anyString());
        verify(repository, never()).delete(any());
    }

    @Test
    void aReviewerWhoWroteNoneOfItPublishesIt() {
        drafts.approve("en", "symptoms", 0L, "cy", "consultant clinical oncologist", "Looks right.");
        verify(content).publish(argThat(topic -> topic.summary().equals("What to look for.")),
                eq(LocalDate.of(2026, 12, 5)), eq("consultant clinical oncologist"));
        verify(audit).record("cy", AuditLog.Action.PUBLISHED, "en/symptoms", "authors ana,ben");
    }

    /** A source added through the edit form is audited once, by whoever added its row; one that was there is not. */
    @Test
    void aSourceAddedThroughTheFormIsAuditedWithItsKey() {
        when(content.addSource(any(), anyString())).thenReturn(true, false);
        String key = drafts.addSource(" Macmillan Cancer Support ", "Back pain", 2024, "https://example.org/a", "ana");
        assertThat(key).isEqualTo("macmillan-cancer-support-back-pain-2024");
        verify(audit).record("ana", AuditLog.Action.SOURCE_ADDED, "SOURCE " + key, null);

        assertThat(drafts.addSource("Macmillan Cancer Support", "Back pain", 2024, "https://example.org/a", "ben"))
                .isEqualTo(key);
        verify(audit, never()).record(eq("ben"), any(), any(), any());
    }

    @Test
    void aRequestThatNamesNoVersionIsRefusedAsNoDraft() {
        assertThat(catchThrowableOfType(Drafts.Refused.class, () -> drafts.approve("en", "symptoms", null, "cy",
                "consultant clinical oncologist", "")).messageKey).isEqualTo("editor.refused.noDraft");
        assertThat(catchThrowableOfType(Drafts.Conflict.class, () -> drafts.approve("en", "symptoms", 4L, "cy",
                "consultant clinical oncologist", ""))).as("a stale version").isNotNull();
    }

    @Test
    void aReviewIsSignedOnlyWithTheReviewersRoleInThePagesLanguage() {
        Drafts.Refused english = catchThrowableOfType(Drafts.Refused.class, () -> drafts.approve("en", "symptoms", 0L,
                "cy", null, "Looks right."));
        assertThat(english.messageKey).isEqualTo("editor.refused.noClinicalRole");
        Drafts.Refused spanish = catchThrowableOfType(Drafts.Refused.class, () -> drafts.reconfirm("es", "symptoms",
                "cy", " ", "Sigue bien."));
        assertThat(spanish.messageKey).as("the Spanish role is the one missing").isEqualTo("editor.refused.noClinicalRoleEs");
        assertThat(english.forbidden || spanish.forbidden).as("a 409: an administrator can add the role").isFalse();
        verify(content, never()).publish(any(), any(), any());
        verify(content, never()).reconfirm(any(), any(), any(), any());
        verify(revisions, never()).save(any());
    }
}
