package org.atlas1540.notes.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.atlas1540.notes.EvaluationNotes;
import org.atlas1540.notes.Topic;
import org.junit.jupiter.api.Test;

/**
 * WordBounds finds the words without a branch per character; the topic detector walks them
 * instead of the characters. Both must give what the character-by-character rule gives: a word
 * starts at a letter or digit and ends where {@link Words#end} ends it.
 */
class WordBoundsTest {
    private static final String PIECES = "aZ9 \t\n-–.,;()'’é\u00A0\u2010ß\u0661x";
    private static final TopicDetector DETECTOR = new TopicDetector();
    private static final PhraseIndex INDEX = new PhraseIndex(TopicVocabulary.phrases());

    @Test
    void givesTheWordsOfTheCharacterRuleOnRandomTexts() {
        var random = new Random(1540);
        for (int n = 0; n < 20_000; n++) {
            char[] text = randomText(random).toCharArray();
            assertThat(wordsOf(new WordBounds(text))).as(new String(text)).isEqualTo(wordsByCharacter(text));
        }
    }

    @Test
    void givesTheWordsOfTheCharacterRuleOnTheEvaluationNotes() {
        for (EvaluationNotes.Note note : EvaluationNotes.all()) {
            char[] text = note.text().toCharArray();
            assertThat(wordsOf(new WordBounds(text))).as(note.toString()).isEqualTo(wordsByCharacter(text));
        }
    }

    @Test
    void theDetectorFindsWhatAWalkOverEveryCharacterFinds() {
        var random = new Random(1541);
        List<String> phraseWords = new ArrayList<>();
        TopicVocabulary.phrases().forEach(p -> phraseWords.addAll(p.words()));
        for (int n = 0; n < 20_000; n++) {
            var text = new StringBuilder();
            int parts = 1 + random.nextInt(12);
            for (int p = 0; p < parts; p++) {
                text.append(random.nextInt(3) == 0 ? randomText(random) : phraseWords.get(random.nextInt(phraseWords.size())));
                text.append(" \n-".charAt(random.nextInt(3)));
            }
            String s = text.toString();
            assertThat(DETECTOR.detect(s)).as(s).isEqualTo(detectByCharacter(s));
        }
        for (EvaluationNotes.Note note : EvaluationNotes.all()) {
            assertThat(DETECTOR.detect(note.text())).as(note.toString()).isEqualTo(detectByCharacter(note.text()));
        }
    }

    /** The detector as it was before WordBounds: a walk over every character. */
    private static List<Topic> detectByCharacter(String s) {
        char[] text = s.toCharArray();
        Set<Topic> found = EnumSet.noneOf(Topic.class);
        WordsByCharacter.walk(text, (start, end) -> {
            for (Phrase phrase : INDEX.startingWith(text, start, end)) {
                int phraseEnd = phrase.matchAt(text, start, end);
                if (phraseEnd >= 0) {
                    if (phrase.topic() != null) {
                        found.add(phrase.topic());
                    }
                    return phraseEnd;
                }
            }
            return end;
        });
        return List.copyOf(found);
    }

    private static List<String> wordsByCharacter(char[] text) {
        var words = new ArrayList<String>();
        WordsByCharacter.walk(text, (start, end) -> {
            words.add(start + "-" + end);
            return end;
        });
        return words;
    }

    private static List<String> wordsOf(WordBounds bounds) {
        var words = new ArrayList<String>();
        for (int k = 0; k < bounds.count(); k++) {
            words.add(bounds.start(k) + "-" + bounds.end(k));
        }
        return words;
    }

    private static String randomText(Random random) {
        var text = new StringBuilder();
        int length = random.nextInt(random.nextInt(10) == 0 ? 200 : 30);
        for (int i = 0; i < length; i++) {
            text.append(PIECES.charAt(random.nextInt(PIECES.length())));
        }
        return text.toString();
    }
}
