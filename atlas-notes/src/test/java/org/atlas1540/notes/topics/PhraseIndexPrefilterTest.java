package org.atlas1540.notes.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.atlas1540.notes.EvaluationNotes;
import org.junit.jupiter.api.Test;

/**
 * PhraseIndex turns a word away by its shape before it looks the word up: the shape test never
 * turns away a word that starts a phrase, so startingWith gives what the plain look-up gives.
 */
class PhraseIndexPrefilterTest {
    private static final List<Phrase> PHRASES = TopicVocabulary.phrases();
    private static final PhraseIndex INDEX = new PhraseIndex(PHRASES);
    /** Characters whose lower case is an ASCII letter, or that are letters in other ways. */
    private static final String ODD_LETTERS = "\u212A\u0130\u0131\u00C9\u00E9\u00DF\u017F";

    @Test
    void everyFirstWordInAnyCasePassesTheShapeTest() {
        var random = new Random(1540);
        for (Phrase phrase : PHRASES) {
            String word = phrase.words().get(0);
            for (int n = 0; n < 20; n++) {
                String written = randomCase(word, random);
                char[] chars = written.toCharArray();
                assertThat(INDEX.mayStartPhrase(chars, 0, chars.length)).as(written).isTrue();
                assertThat(INDEX.startingWith(chars, 0, chars.length))
                        .isEqualTo(INDEX.lookUp(chars, 0, chars.length)).isNotEmpty();
            }
        }
    }

    @Test
    void startingWithGivesThePlainLookUpOnRandomWords() {
        var random = new Random(1541);
        for (int n = 0; n < 100_000; n++) {
            String word = randomWord(random);
            int start = random.nextInt(3);
            char[] text = ("x y".substring(0, start) + word + " z").toCharArray();
            assertThat(INDEX.startingWith(text, start, start + word.length()))
                    .as(word).isEqualTo(INDEX.lookUp(text, start, start + word.length()));
        }
    }

    @Test
    void startingWithGivesThePlainLookUpOnEveryWordOfTheEvaluationNotes() {
        for (EvaluationNotes.Note note : EvaluationNotes.all()) {
            char[] text = note.text().toCharArray();
            WordsByCharacter.walk(text, (start, end) -> {
                assertThat(INDEX.startingWith(text, start, end)).isEqualTo(INDEX.lookUp(text, start, end));
                return end;
            });
        }
    }

    private static String randomWord(Random random) {
        if (random.nextInt(4) == 0) {
            String first = PHRASES.get(random.nextInt(PHRASES.size())).words().get(0);
            String written = randomCase(first, random);
            // a first word, sometimes cut short or made longer
            return switch (random.nextInt(3)) {
                case 0 -> written;
                case 1 -> written.substring(0, random.nextInt(written.length()) + 1);
                default -> written + (char) ('a' + random.nextInt(26));
            };
        }
        var word = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            word.append(random.nextInt(10) == 0 ? ODD_LETTERS.charAt(random.nextInt(ODD_LETTERS.length()))
                    : (char) ((random.nextBoolean() ? 'a' : 'A') + random.nextInt(26)));
        }
        return word.toString();
    }

    private static String randomCase(String word, Random random) {
        var written = new StringBuilder();
        for (char c : word.toCharArray()) {
            written.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        return written.toString();
    }
}
