package org.atlas1540.notes.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.atlas1540.notes.EvaluationNotes;
import org.atlas1540.notes.text.WordStarts;
import org.atlas1540.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * findAll over a text's word starts already found looks only at the word starts that are letters
 * or digits: it must find exactly what findAll over the text finds, for any stretch inside the
 * range the word starts were found in, and fall back to it outside.
 */
class GazetteerWordStartsTest {
    private static final Gazetteer<Known> PARTIES = new NameIndex(ReferenceData.standard()).parties();
    private static final String[] FRAGMENTS = {"Serbia", "Slovenia", "Guinea", "Guinea-Bissau", "South Sudan",
        "Sudan", "the Republic of Belarus", "Belarus", "United Nations", "UNODA", "WHO", "who", "OSCE", "IAEA",
        "Côte d’Ivoire", "Cote d'Ivoire", "Niger", "Nigeria", "Nigerian", "the", "of", "and", " ", "  ", ", ", "\n", "-",
        "(", ")", "x", "2013", "1540 Committee", "é", "Ünal", "’s", "Germany's", "Korea", "Republic of Korea", "_",
        "²", "‘", "\"", "«", "St. Lucia", "Saint Kitts and Nevis", "ICAO", "the Netherlands", "\u00A0", "\u2028"};

    @Test
    void theReferenceNamesAllStartWithALetterOrDigitSoTheWordStartsAreEnough() {
        assertThat(PARTIES.namesStartWithLettersOrDigitsOnly()).isTrue();
    }

    @Test
    void findsWhatFindAllOverTheTextFindsOnRandomTextsAndStretches() {
        var random = new Random(1540);
        for (int n = 0; n < 20_000; n++) {
            var text = new StringBuilder();
            int count = 1 + random.nextInt(14);
            for (int i = 0; i < count; i++) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                if (random.nextInt(3) == 0) {
                    text.append(' ');
                }
            }
            String s = text.toString();
            int rangeFrom = random.nextInt(s.length() + 1);
            int rangeTo = rangeFrom + random.nextInt(s.length() - rangeFrom + 1);
            var words = new WordStarts(s, rangeFrom, rangeTo);
            for (int q = 0; q < 4; q++) {
                // mostly inside the range, sometimes reaching outside it
                int from = q == 3 ? random.nextInt(s.length() + 1) : rangeFrom + random.nextInt(rangeTo - rangeFrom + 1);
                int to = q == 3 ? from + random.nextInt(s.length() - from + 1) : from + random.nextInt(rangeTo - from + 1);
                assertThat(PARTIES.findAll(words, from, to)).as("'%s' [%d, %d) in [%d, %d)", s, from, to, rangeFrom, rangeTo)
                        .isEqualTo(PARTIES.findAll(s, from, to));
            }
        }
    }

    @Test
    void findsWhatFindAllOverTheTextFindsInEveryStretchOfTheEvaluationNotes() {
        var random = new Random(1541);
        for (EvaluationNotes.Note note : EvaluationNotes.all()) {
            String text = note.text();
            var words = new WordStarts(text);
            assertThat(PARTIES.findAll(words, 0, text.length())).isEqualTo(PARTIES.findAll(text, 0, text.length()));
            for (int n = 0; n < 300; n++) {
                int from = random.nextInt(text.length() + 1);
                int to = from + random.nextInt(Math.min(400, text.length() - from) + 1);
                assertThat(PARTIES.findAll(words, from, to)).as("%s [%d, %d)", note, from, to)
                        .isEqualTo(PARTIES.findAll(text, from, to));
            }
        }
    }
}
