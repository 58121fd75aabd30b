package org.atlas1540.notes.facts;

import java.util.List;
import org.atlas1540.notes.text.KeywordSets;
import org.atlas1540.notes.text.Keywords;
import org.atlas1540.notes.text.WordStarts;

/**
 * The keyword sets that decide, sentence by sentence, whether a finder reads a sentence any
 * further: every finder asks about every sentence, so they are looked for together, in one pass
 * over each sentence's word starts ({@link KeywordSets}), instead of in one pass per set.
 */
final class SentenceGates {
    private static final List<Keywords> GATES = List.of(
            AssistanceNeedFinder.NEED_STARTS,
            ActionPlanFinder.PLAN_WORDS,
            ActionPlanFinder.PLAN_REFERENCE_STARTS,
            CountryVisitFinder.VISIT_WORDS,
            RelatedEventFinder.RELATED_STARTS,
            RecommendationsFinder.AGREED_WORDS);
    private static final KeywordSets SETS = KeywordSets.of(GATES.toArray(Keywords[]::new));

    private SentenceGates() {
    }

    /** Which gates have a word in the text of {@code words} between {@code from} and {@code to}, as bits. */
    static long presentIn(WordStarts words, int from, int to) {
        return SETS.presentIn(words, from, to);
    }

    /** The bit of a gate in what {@link #presentIn} answers; 0 for keywords that are no gate. */
    static long bitOf(Keywords gate) {
        for (int k = 0; k < GATES.size(); k++) {
            if (GATES.get(k) == gate) {
                return 1L << k;
            }
        }
        return 0;
    }
}
