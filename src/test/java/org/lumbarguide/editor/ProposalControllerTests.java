package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumbarguide.content.ReleaseProposals.Change;
import org.lumbarguide.content.ReleaseProposals.Proposal;
import org.lumbarguide.content.ReleaseProposals.Status;
import org.lumbarguide.content.ReleaseProposals.Target;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Release proposals' web layer: accept (a draft: any editor), apply and dismiss (a reviewer's), each its own
 * handler and service call; a proposal decided first, or a draft already open, is a 409 on the proposal's page.
 */
@EditorWebTest
class ProposalControllerTests {

    static final Instant CREATED = Instant.parse("2026-12-01T09:00:00Z");
    static final Proposal GLOSSARY = new Proposal(7, Target.GLOSSARY_TERM, Change.UPDATE, "en", null, "biopsy",
            "term: Biopsy\nother-forms: []\ndefinition: A clearer definition.\n", CREATED, Status.PENDING, null, null);
    static final Proposal SECTION = new Proposal(8, Target.SECTION, Change.UPDATE, "en", "symptoms", "pain",
            "## Back pain {#pain}\n\nThe release's text.\n", CREATED, Status.PENDING, null, null);

    @Autowired
    MockMvc mvc;

    @Autowired
    Proposals proposals;

    @BeforeEach
    void twoPendingProposals() {
        when(proposals.find(7)).thenReturn(Optional.of(GLOSSARY));
        when(proposals.find(8)).thenReturn(Optional.of(SECTION));
        when(proposals.current(any())).thenReturn("term: Biopsy\nother-forms: []\ndefinition: Today's.\n");
        when(proposals.current(SECTION)).thenReturn("## Back pain {#pain}\n\nAn editor's text.\n");
    }

    private ResultActions decide(long id, String decision) throws Exception {
        return mvc.perform(post("/editor/proposals/" + id).with(csrf()).param("decision", decision));
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void anAuthorIsOfferedAcceptForASectionAndNothingForAGlossaryWord() throws Exception {
        assertThat(page(mvc.perform(get("/editor/proposals/8")).andExpect(status().isOk()))
                .select("button[name=decision]")).extracting(b -> b.attr("value")).containsExactly("accept");
        Document glossary = page(mvc.perform(get("/editor/proposals/7")).andExpect(status().isOk()));
        assertThat(glossary.select("button[name=decision]")).isEmpty();
        assertThat(glossary.select(".diff-add").text()).contains("A clearer definition.");
    }

    @Test
    @WithMockUser(username = "ben", roles = "REVIEWER")
    void aReviewerIsOfferedApplyAndDismiss() throws Exception {
        assertThat(page(mvc.perform(get("/editor/proposals/7"))).select("button[name=decision]"))
                .extracting(b -> b.attr("value")).containsExactly("apply", "dismiss");
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void acceptingASectionMakesTheTopicsDraft() throws Exception {
        decide(8, "accept").andExpect(redirectedUrl("/editor/topics/en/symptoms?fromProposal"));
        verify(proposals).accept(8, "ana");
    }

    @Test
    @WithMockUser(username = "ben", roles = "REVIEWER")
    void applyAndDismissAreTheReviewersCalls() throws Exception {
        decide(7, "apply").andExpect(redirectedUrl("/editor/proposals?accept"));
        verify(proposals).apply(7, "ben");
        decide(8, "dismiss").andExpect(redirectedUrl("/editor/proposals?dismiss"));
        verify(proposals).dismiss(8, "ben");
    }

    /** Fails if @ReviewersOnly (its @PreAuthorize) is taken off apply or dismiss. */
    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void anAuthorCannotApplyOrDismiss() throws Exception {
        for (String decision : new String[] {"apply", "dismiss"}) {
            Document page = page(decide(7, decision).andExpect(status().isForbidden())
                    .andExpect(view().name("editor/forbidden")));
            assertThat(page.select(".error-summary").text()).startsWith("Only a reviewer can do this");
        }
        verify(proposals, never()).apply(anyLong(), anyString());
        verify(proposals, never()).dismiss(anyLong(), anyString());
    }

    @Test
    @WithMockUser(username = "ben", roles = "REVIEWER")
    void aProposalDecidedFirstByAnotherIsA409SayingWhoAndWhen() throws Exception {
        Proposal decided = new Proposal(7, Target.GLOSSARY_TERM, Change.UPDATE, "en", null, "biopsy",
                GLOSSARY.proposedText(), CREATED, Status.ACCEPTED, "cy", Instant.parse("2026-12-05T10:00:00Z"));
        doThrow(new Proposals.AlreadyDecided(decided)).when(proposals).apply(7, "ben");
        Document page = page(decide(7, "apply").andExpect(status().isConflict())
                .andExpect(view().name("editor/proposal")));
        assertThat(page.select(".error-summary").text()).contains("already accepted by cy").contains("5 Dec 2026, 10:00");
        assertThat(page.select("button[name=decision]")).isEmpty();
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void acceptingWhileADraftIsOpenIsA409OnTheProposalsPage() throws Exception {
        doThrow(new Drafts.Refused("editor.refused.draftOpen")).when(proposals).accept(8, "ana");
        Document page = page(decide(8, "accept").andExpect(status().isConflict())
                .andExpect(view().name("editor/proposal")));
        assertThat(page.select(".error-summary").text()).contains("A draft is already open for this topic.");
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void aGlossaryWordDoesNotBecomeADraft() throws Exception {
        doThrow(new Drafts.Refused("editor.proposals.notADraft")).when(proposals).accept(7, "ana");
        assertThat(page(decide(7, "accept").andExpect(status().isConflict())).select(".error-summary").text())
                .contains("does not become a draft");
    }

    @Test
    @WithMockUser(username = "ben", roles = "REVIEWER")
    void aDecisionThePageDoesNotOfferDoesNothing() throws Exception {
        assertThat(page(decide(7, "approve-all").andExpect(status().isBadRequest())).select(".error-summary").text())
                .contains("could not be understood");
        verify(proposals, never()).apply(anyLong(), anyString());
    }

    @Test
    @WithMockUser(username = "ben", roles = "REVIEWER")
    void anAddressThatNamesNoProposalIsA404() throws Exception {
        mvc.perform(get("/editor/proposals/not-a-number")).andExpect(status().isNotFound());
        mvc.perform(get("/editor/proposals/99")).andExpect(status().isNotFound());
    }

}
