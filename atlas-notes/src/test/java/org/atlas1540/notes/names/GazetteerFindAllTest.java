package org.atlas1540.notes.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.atlas1540.notes.EvaluationNotes;
import org.atlas1540.notes.text.Chars;
import org.atlas1540.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * findAll passes over the inside of words without looking there: it finds exactly what trying
 * longestAt at every place where a word starts finds (written out below).
 */
class GazetteerFindAllTest {
    private static final Gazetteer<Known> PARTIES = new NameIndex(ReferenceData.standard()).parties();
    private static final String[] FRAGMENTS = {"Serbia", "Slovenia", "Guinea", "Guinea-Bissau", "South Sudan",
        "Sudan", "the Republic of Belarus", "Belarus", "United Nations", "UNODA", "WHO", "who", "OSCE", "IAEA",
        "Côte d’Ivoire", "Cote d'Ivoire", "Niger", "Nigeria", "Nigerian", "the", "of", "and", " ", "  ", ", ", "\n", "-",
        "(", ")", "x", "2013", "1540 Committee", "é", "Ünal", "’s", "Germany's", "Korea", "Republic of Korea"};

    @Test
    void findsWhatLongestAtFindsAtEveryWordStartOnRandomTexts() {
        var random = new Random(1540);
        for (int n = 0; n < 20_000; n++) {
            var text = new StringBuilder();
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                if (random.nextInt(3) == 0) {
                    text.append(' ');
                }
            }
            String s = text.toString();
            int from = random.nextInt(s.length() + 1);
            int to = from + random.nextInt(s.length() - from + 1);
            assertThat(PARTIES.findAll(s, from, to)).as("'%s' [%d, %d)", s, from, to)
                    .isEqualTo(atEveryWordStart(s, from, to));
        }
    }

    @Test
    void findsWhatLongestAtFindsAtEveryWordStartOnTheEvaluationNotes() {
        for (EvaluationNotes.Note note : EvaluationNotes.all()) {
            String text = note.text();
            assertThat(PARTIES.findAll(text, 0, text.length())).isEqualTo(atEveryWordStart(text, 0, text.length()));
        }
    }

    private static List<Gazetteer.Match<Known>> atEveryWordStart(String text, int from, int to) {
        var matches = new ArrayList<Gazetteer.Match<Known>>();
        int i = from;
        while (i < to) {
            boolean wordStart = i == 0 || !Chars.isLetterOrDigit(text.charAt(i - 1)) || !Chars.isLetterOrDigit(text.charAt(i));
            if (wordStart) {
                Gazetteer.Match<Known> match = PARTIES.longestAt(text, i, to);
                if (match != null) {
                    matches.add(match);
                    i = match.end();
                    continue;
                }
            }
            i++;
        }
        return matches;
    }
}
