package org.lumbarguide.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
}
