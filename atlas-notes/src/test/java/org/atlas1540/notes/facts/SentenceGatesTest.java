package org.atlas1540.notes.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.atlas1540.notes.EvaluationNotes;
import org.atlas1540.notes.Span;
import org.atlas1540.notes.names.NameIndex;
import org.atlas1540.notes.text.Keywords;
import org.atlas1540.notes.text.Sentences;
import org.atlas1540.notes.text.WordStarts;
import org.atlas1540.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * The gates found for all finders in one pass answer, sentence by sentence, as each gate's own
 * keyword test, and any other keywords are asked about as before.
 */
class SentenceGatesTest {
    private static final List<Keywords> GATES = List.of(AssistanceNeedFinder.NEED_STARTS, ActionPlanFinder.PLAN_WORDS,
            ActionPlanFinder.PLAN_REFERENCE_STARTS, CountryVisitFinder.VISIT_WORDS, RelatedEventFinder.RELATED_STARTS,
            RecommendationsFinder.AGREED_WORDS, ActionPlanFinder.HOST_STARTS, RecommendationsFinder.NONE_STARTS);
    private static final NameIndex NAMES = new NameIndex(ReferenceData.standard());

    @Test
    void everySentenceOfTheEvaluationNotesIsGatedAsByEachGatesOwnTest() {
        int sentences = 0;
        for (EvaluationNotes.Note note : EvaluationNotes.all()) {
            String text = note.text();
            var words = new WordStarts(text);
            List<Span> split = Sentences.split(words.chars(), 0, text.length());
            var context = new FactContext(words, split, NAMES, null);
            for (int i = 0; i < split.size(); i++) {
                for (Keywords gate : GATES) {
                    assertThat(context.anyInSentence(gate, i)).as("%s: %s", note, split.get(i).of(text))
                            .isEqualTo(context.anyIn(gate, split.get(i)));
                }
                sentences++;
            }
        }
        assertThat(sentences).isGreaterThan(500);
    }
}
