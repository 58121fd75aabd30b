package org.atlas1540.notes.parties;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PartyListReader tries PREFIX_CUT and BODY_BEFORE only on a prefix in which one of their words
 * starts a word, and BODY_AFTER only after a capital with an institution word in reach: that must
 * never turn away a text the pattern matches. This test guards that when a pattern changes.
 */
class PrefilteredPatternsTest {
    private static final String[] FRAGMENTS = {
        "with", "With", "WITH", "together with", "as well as", "As Well As", "supported by", "funded by", "hosted by",
        "organized by", "organised by", "Organised By", "withheld", "without", "Ministry", "ministry of", "Office",
        "office", "of", "Of", "of the", "OF THE", "the", "Health", "Agency", "Forces", "Guard", "Board", "University",
        "Government of", "Permanent Mission of", "and", ",", ";", "(", ")", "-", "é", "_", "x", "1540", "\n", "  ",
        "Ministries", "Department", "Laboratory", "Laboratories", "Customs", "Police", "Court", "Unit", "Force",
        "Superintendency", "Inspectorate", "Regulator", "Administration", "Centre", "Center", "Bureau", "New",
        "Zealand's", "O'Brien", "Foreign", "Affairs", "\t", "Ministryx", "ministries",
    };

    @Test
    void neverTurnAwayAMatchOnRandomPrefixes() {
        var random = new Random(1540);
        for (int n = 0; n < 30_000; n++) {
            var text = new StringBuilder();
            int words = random.nextInt(10);
            for (int w = 0; w < words; w++) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                if (random.nextInt(4) != 0) {
                    text.append(' ');
                }
            }
            check(text.toString());
        }
    }

    @Test
    void neverTurnAwayAMatchOnTheEvaluationNotes() throws IOException {
        try (Stream<Path> notes = Files.list(Path.of("src/test/resources/eval/notes"))) {
            for (Path note : notes.toList()) {
                String text = Files.readString(note, StandardCharsets.UTF_8);
                for (int from = 0; from < text.length(); from += 23) {
                    check(text.substring(from, Math.min(text.length(), from + 70)));
                }
            }
        }
    }

    private static void check(String prefix) {
        if (PartyListReader.PREFIX_CUT.matcher(prefix).lookingAt()) {
            assertThat(PartyListReader.PREFIX_CUT_WORDS.anyIn(prefix)).as("PREFIX_CUT on '%s'", prefix).isTrue();
        }
        if (PartyListReader.BODY_BEFORE.matcher(prefix).find()) {
            assertThat(PartyListReader.BODY_BEFORE_WORDS.anyIn(prefix)).as("BODY_BEFORE on '%s'", prefix).isTrue();
            assertThat(PartyListReader.INSTITUTION_WORDS.anyIn(prefix)).as("BODY_BEFORE institution on '%s'", prefix)
                    .isTrue();
        }
        String after = " " + prefix;
        if (PartyListReader.BODY_AFTER.matcher(after).lookingAt()) {
            assertThat(after.charAt(1)).as("BODY_AFTER capital on '%s'", after).isBetween('A', 'Z');
        }
        assertThat(PartyListReader.bodyAfter(after)).as("BODY_AFTER on '%s'", after)
                .isEqualTo(PartyListReader.BODY_AFTER.matcher(after).lookingAt());
    }
}
