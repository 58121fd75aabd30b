package org.atlas1540.server.matching;

/**
 * Why an offer is suggested for a request, in words, with the weight it adds to the offer's rank.
 *
 * @param rule the rule that gave it: {@code area}, {@code region}, {@code any-region}, {@code past-delivery}
 */
public record Reason(String rule, String text, int weight) {
}
