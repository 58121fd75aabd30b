package org.atlas1540.notes.parties;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.atlas1540.notes.text.Keywords;
import org.junit.jupiter.api.Test;

/**
 * SubListHeadings tries its KNOWN pattern only where one of its start words begins; the matches must
 * be those of a plain {@code find()} loop, which holds only while every match starts with one of the
 * words. Its LINE_HEADING pattern is tried only at line starts, which must give the matches of a
 * plain {@code find()} loop too. This test guards both when the patterns change.
 */
class SubListHeadingsAnchoredTest {
    private static final String[] FRAGMENTS = {
        "OSCE", "osce", "States", "State", "states", "Members", "Member", "of the", "OSCE participating", "Participating",
        "participating", "Partners for Co-operation", "Partners for Cooperation", "Partner", "International",
        "Regional", "International and regional", "Other", "Others", "organisations", "organizations",
        "Organisations", "Organizations", "/", "and other speakers", "Other speakers", "Speakers", "Observers",
        "Representatives of", "Also present", "Guests", "Experts", "Non-governmental", "NGOs", "Civil society",
        "Industry", "Academia", "Countries", "Delegations", "Agencies", ":", " :", "\t:", "-", ",", "\n", "x", "é",
        "Belarus", "1540", "UNODA", "\r", "\r\n", "\u2028", "\u0085", "\t", "- ", "• ", "* ", "’", "&", "Ab:",
    };

    @Test
    void sameMatchesAsFindOnRandomFields() {
        var random = new Random(1540);
        for (int n = 0; n < 30_000; n++) {
            var field = new StringBuilder();
            int words = 1 + random.nextInt(14);
            for (int w = 0; w < words; w++) {
                field.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                if (random.nextInt(4) != 0) {
                    field.append(' ');
                }
            }
            check(field.toString());
        }
    }

    @Test
    void sameMatchesAsFindOnTheEvaluationNotes() throws IOException {
        try (Stream<Path> notes = Files.list(Path.of("src/test/resources/eval/notes"))) {
            for (Path note : notes.toList()) {
                check(Files.readString(note, StandardCharsets.UTF_8));
            }
        }
    }

    private static void check(String region) {
        List<String> expected = new ArrayList<>();
        Matcher plain = SubListHeadings.KNOWN.matcher(region);
        while (plain.find()) {
            expected.add(plain.start() + "-" + plain.end() + ":" + plain.group(1));
        }
        List<String> anchored = new ArrayList<>();
        Matcher m = Keywords.anchorable(SubListHeadings.KNOWN, region);
        int at = 0;
        while (SubListHeadings.KNOWN_STARTS.findFrom(m, region, at)) {
            anchored.add(m.start() + "-" + m.end() + ":" + m.group(1));
            at = m.end();
        }
        assertThat(anchored).as("'%s'", region).isEqualTo(expected);

        List<String> lineExpected = new ArrayList<>();
        Matcher lines = SubListHeadings.LINE_HEADING.matcher(region);
        while (lines.find()) {
            lineExpected.add(lines.start() + "-" + lines.end() + ":" + lines.group(1));
        }
        List<String> atLineStarts = new ArrayList<>();
        Matcher line = SubListHeadings.LINE_HEADING.matcher(region);
        for (int start = 0; start >= 0; start = SubListHeadings.nextLineStart(region, start)) {
            if (line.region(start, region.length()).lookingAt()) {
                atLineStarts.add(line.start() + "-" + line.end() + ":" + line.group(1));
            }
        }
        assertThat(atLineStarts).as("line headings in '%s'", region).isEqualTo(lineExpected);
    }
}
