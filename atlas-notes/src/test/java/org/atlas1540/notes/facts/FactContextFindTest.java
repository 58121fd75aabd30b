package org.atlas1540.notes.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.atlas1540.notes.EvaluationNotes;
import org.atlas1540.notes.Span;
import org.atlas1540.notes.names.NameIndex;
import org.atlas1540.notes.text.Keywords;
import org.atlas1540.notes.text.Sentences;
import org.atlas1540.notes.text.WordStarts;
import org.atlas1540.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * FactContext.find keeps one matcher per pattern for the note and the last sentence's text: asked
 * about sentences and patterns in any order, it must answer as Keywords.find with a new matcher
 * over a new copy of the sentence each time.
 */
class FactContextFindTest {
    private static final NameIndex NAMES = new NameIndex(ReferenceData.standard());
    private static final List<Keywords> STARTS = List.of(AssistanceNeedFinder.NEED_STARTS, ActionPlanFinder.PLAN_WORDS,
            ActionPlanFinder.PLAN_REFERENCE_STARTS, ActionPlanFinder.HOST_STARTS, ActionPlanFinder.IN_PREPARATION_STARTS,
            ActionPlanFinder.SUBMITTED_STARTS, RelatedEventFinder.RELATED_STARTS, RelatedEventFinder.FOLLOW_UP_STARTS,
            AssistanceNeedFinder.BACK_REFERENCE_STARTS);
    private static final List<Pattern> PATTERNS = List.of(AssistanceNeedFinder.NEED,
            Pattern.compile("(?i)\\baction plans?\\b|\\bNAPs?\\b"), ActionPlanFinder.PLAN_REFERENCE,
            ActionPlanFinder.HOST, ActionPlanFinder.IN_PREPARATION, ActionPlanFinder.SUBMITTED,
            RelatedEventFinder.RELATED, RelatedEventFinder.FOLLOW_UP, AssistanceNeedFinder.BACK_REFERENCE);

    @Test
    void answersAsANewMatcherOverANewSentenceInAnyOrderOnTheEvaluationNotes() {
        var random = new Random(1540);
        int found = 0;
        for (EvaluationNotes.Note note : EvaluationNotes.all()) {
            String text = note.text();
            var words = new WordStarts(text);
            List<Span> sentences = Sentences.split(text, 0, text.length());
            var context = new FactContext(words, sentences, NAMES, null);
            var spans = new ArrayList<>(sentences);
            // clauses and pieces of sentences too, asked about between whole sentences
            for (Span s : sentences) {
                int cut = s.start() + random.nextInt(s.end() - s.start() + 1);
                spans.add(new Span(s.start(), cut));
                spans.add(new Span(cut, s.end()));
            }
            for (int n = 0; n < spans.size() * 6; n++) {
                Span span = spans.get(random.nextInt(spans.size()));
                int k = random.nextInt(PATTERNS.size());
                boolean expected = STARTS.get(k).find(PATTERNS.get(k), words, span.start(), span.end());
                assertThat(context.find(STARTS.get(k), PATTERNS.get(k), span))
                        .as("pattern %d on '%s' of %s", k, span.of(text), note).isEqualTo(expected);
                assertThat(context.sentence(span)).isEqualTo(span.of(text));
                found += expected ? 1 : 0;
            }
        }
        assertThat(found).as("matches among the questions").isGreaterThan(200);
    }
}
