package org.lumbarguide.system;

import org.lumbarguide.ExpectedLogFilter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoint (it lives in the test sources, so it never ships) that fails, so the tests
 * can prove a server error shows the friendly page and no internals.
 */
@RestController
class FailingTestController {

    @GetMapping("/test-only/fail")
    String fail() {
        // Marked as expected, so the server's error log of it stays in target/test.log, off the console.
        throw new IllegalStateException("SecretInternalDetail-7f3a " + ExpectedLogFilter.EXPECTED);
    }
}
