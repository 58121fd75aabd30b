package org.atlas1540.notes;

/**
 * Something a note suggests that a person should confirm: a plan, a visit, a need, an earlier
 * event, recommendations. Every fact carries the span of source text it was read from.
 */
public sealed interface Fact permits NationalActionPlanFact, CountryVisitFact, AssistanceNeedFact,
        RelatedEventFact, RecommendationsFact {

    /** The value of {@code "type"} in JSON output. */
    String type();

    /** Where in the normalised text the fact was read from. */
    Span span();
}
