package org.lumbarguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lumbarguide.system.RequestCost.Price;
import org.springframework.mock.web.MockHttpServletRequest;

/** A search costs one of the client's searches at the door; nothing else is priced here. */
class SearchCostTests {

    final SearchCost cost = new SearchCost();

    @Test
    void aSearchInEitherLanguageCostsOneSearch() {
        for (String path : new String[] {"/search", "/es/buscar"}) {
            for (String method : new String[] {"GET", "HEAD"}) {
                Price price = cost.price(new MockHttpServletRequest(method, path)).orElseThrow();
                assertThat(price.takesFormPost()).isFalse();
                assertThat(price.charges()).singleElement().satisfies(charge -> {
                    assertThat(charge.allowance().name()).isEqualTo("search");
                    assertThat(charge.tokens()).isEqualTo(1);
                });
            }
        }
    }

    @Test
    void otherRequestsAreLeftToTheOtherRules() {
        assertThat(cost.price(new MockHttpServletRequest("GET", "/topics/symptoms"))).isEmpty();
        assertThat(cost.price(new MockHttpServletRequest("GET", "/search/more"))).isEmpty();
        assertThat(cost.price(new MockHttpServletRequest("GET", "/searching"))).isEmpty();
        assertThat(cost.price(new MockHttpServletRequest("POST", "/search"))).as("a POST is a form post").isEmpty();
    }
}
