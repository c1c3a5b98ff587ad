package org.lumbarguide.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a request costs from its client's allowances, taken at the door before any other work is done on it,
 * and the page a client gets when it cannot pay. The feature that owns the request declares it as a bean
 * (the handout builder: a PDF costs more; the editor: its requests cost nothing here); the rate limit asks the
 * rules in their {@code @Order} and the first that prices a request decides. A request no rule prices costs
 * one form post if it is a POST ({@code lumbarguide.rate-limit.posts-per-minute}) and nothing otherwise, and a
 * refusal then gets a short generic page. So the rate limit names no feature's path or parameter.
 */
@FunctionalInterface
public interface RequestCost {

    /** The price of this request, or empty when this rule does not price it. Reads nothing but the request. */
    Optional<Price> price(HttpServletRequest request);

    /** Tokens of one allowance. */
    record Charge(Allowance allowance, long tokens) {
    }

    /**
     * What a request costs: all of it or nothing (when one charge cannot be paid, those already taken go back).
     *
     * @param takesFormPost          whether it takes one of the client's form posts, first
     * @param charges                what it takes from the feature's own allowances, after that
     * @param refundWhenUnavailable  whether an answer of 503 (the work was not done, for want of room) gives every
     *                               token back: the allowance is for work done, or a client asking again while it
     *                               waits would spend it all on refusals
     * @param refusal                the feature's own page for a client that cannot pay (it should keep what was
     *                               typed), or null for the short generic page
     */
    record Price(boolean takesFormPost, List<Charge> charges, boolean refundWhenUnavailable, RefusedFormPage refusal) {

        /** Nothing is taken at the door. */
        public static final Price FREE = new Price(false, List.of(), false, null);

        public Price {
            charges = List.copyOf(charges);
        }

        /** One form post, as any POST no rule prices. */
        public static Price formPost() {
            return new Price(true, List.of(), false, null);
        }

        /** This price and {@code tokens} of {@code allowance} too. */
        public Price and(Allowance allowance, long tokens) {
            List<Charge> more = new ArrayList<>(charges);
            more.add(new Charge(allowance, tokens));
            return new Price(takesFormPost, more, refundWhenUnavailable, refusal);
        }

        /** Every token back when the answer is 503. */
        public Price refundedWhenUnavailable() {
            return new Price(takesFormPost, charges, true, refusal);
        }

        /** A client that cannot pay gets this page (when it has one for the request) instead of the generic one. */
        public Price refusedWith(RefusedFormPage page) {
            return new Price(takesFormPost, charges, refundWhenUnavailable, page);
        }

        /** Whether anything is taken at all. */
        public boolean isFree() {
            return !takesFormPost && charges.isEmpty();
        }
    }
}
