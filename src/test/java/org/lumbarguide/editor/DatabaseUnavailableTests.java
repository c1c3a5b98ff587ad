package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.ExtendedModelMap;

/** An editor whose save meets a database outage gets a 503 that hands back what they typed. */
class DatabaseUnavailableTests {

    @Test
    void aSaveDuringAnOutageAnswers503AndGivesBackTheText() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/editor/topics/en/symptoms");
        request.addParameter("text", "My careful rewrite of the symptoms page.");
        MockHttpServletResponse response = new MockHttpServletResponse();
        ExtendedModelMap model = new ExtendedModelMap();

        String view = new DatabaseUnavailable().unavailable(new CannotCreateTransactionException("connection refused"),
                request, response, model);

        assertThat(view).isEqualTo("editor/unavailable");
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(model.get("typed")).isEqualTo("My careful rewrite of the symptoms page.");
    }

    /** Throws what a lost race throws at commit: an optimistic-lock failure, or a row lock given up. */
    @Controller
    static class Racing {

        @PostMapping("/editor/lost-version")
        String lostVersion() {
            throw new ObjectOptimisticLockingFailureException(TopicDraft.class, 1L);
        }

        @PostMapping("/editor/lost-lock")
        String lostLock() {
            throw new CannotAcquireLockException("row locked by another transaction");
        }
    }

    @Test
    void aLostRaceIsAConflictThatKeepsTheTextNotAnOutage() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new Racing()).setControllerAdvice(new DatabaseUnavailable())
                .build();
        for (String path : new String[] {"/editor/lost-version", "/editor/lost-lock"}) {
            mvc.perform(post(path).param("text", "My rewrite.").param("comment", "My comment."))
                    .andExpect(status().isConflict())
                    .andExpect(view().name("editor/changed"))
                    .andExpect(model().attribute("typed", "My rewrite."))
                    .andExpect(model().attribute("comment", "My comment."));
        }
    }
}
