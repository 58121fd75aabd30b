package org.atlas1540.notes.parties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.atlas1540.notes.EvaluationNotes;
import org.atlas1540.notes.Span;
import org.atlas1540.notes.text.Keywords;
import org.atlas1540.notes.text.Spaces;
import org.junit.jupiter.api.Test;

/**
 * SubListHeadings tries KNOWN only where a colon or a dash may follow, and LINE_HEADING only on a
 * line where a colon may follow: neither test ever turns away a place where the pattern matches,
 * and the headings found are those of plain {@code find()} loops over the field.
 */
class SubListHeadingsPrefilterTest {
    private static final String[] FRAGMENTS = {
        "OSCE", "States", "State", "states", "Members", "Member", "of the", "OSCE participating", "Participating",
        "Partners for Co-operation", "Partner", "International and regional", "Other", "Others", "organisations",
        "Organizations", "/", " / ", "and other speakers", "Other speakers", "Speakers", "Observers",
        "Representatives of", "Also present", "Guests", "Experts", "Non-governmental", "NGOs", "Civil society",
        "Countries", "Delegations", "Agencies", ":", " :", "\t:", "-", " - ", " – ", " — ", "\t–\t", "–", ",", "\n",
        "x", "é", "Belarus", "1540", "UNODA", "\r", "\r\n", "\u2028", "\u0085", "\t", "- ", "• ", "* ", "’", "'", "&",
        "Ab:", "(", ")", ".", "\u000B", "\f", "Ünal", "Côte", "d’Ivoire",
    };

    @Test
    void neverTurnsAwayAPlaceWhereAPatternMatches() {
        var random = new Random(1540);
        for (int n = 0; n < 30_000; n++) {
            String region = randomField(random);
            Matcher known = Keywords.anchorable(SubListHeadings.KNOWN, region);
            Matcher line = SubListHeadings.LINE_HEADING.matcher(region);
            for (int at = 0; at <= region.length(); at++) {
                if (known.region(at, region.length()).lookingAt()) {
                    assertThat(SubListHeadings.terminatorMayFollow(region, at)).as("KNOWN at %d of '%s'", at, region)
                            .isTrue();
                }
                if (line.region(at, region.length()).lookingAt()) {
                    assertThat(SubListHeadings.colonMayEndLineHeading(region, at))
                            .as("LINE_HEADING at %d of '%s'", at, region).isTrue();
                }
            }
        }
    }

    @Test
    void findsTheHeadingsOfPlainFindLoopsOnRandomFields() {
        var random = new Random(1541);
        for (int n = 0; n < 30_000; n++) {
            String field = randomField(random);
            String text = "Participants\t" + field + "\nBody";
            int from = "Participants\t".length();
            assertThat(SubListHeadings.find(text, from, from + field.length())).as("'%s'", field)
                    .isEqualTo(byPlainFind(text, from, from + field.length()));
        }
    }

    @Test
    void findsTheHeadingsOfPlainFindLoopsOnTheEvaluationNotes() {
        for (EvaluationNotes.Note note : EvaluationNotes.all()) {
            String text = note.text();
            assertThat(SubListHeadings.find(text, 0, text.length())).as("%s", note)
                    .isEqualTo(byPlainFind(text, 0, text.length()));
        }
    }

    private static String randomField(Random random) {
        var field = new StringBuilder();
        int words = 1 + random.nextInt(14);
        for (int w = 0; w < words; w++) {
            field.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            if (random.nextInt(4) != 0) {
                field.append(' ');
            }
        }
        return field.toString();
    }

    /** The headings as plain find() loops give them, kept and ordered as SubListHeadings keeps them. */
    private static List<SubListHeadings.Heading> byPlainFind(String text, int from, int to) {
        var headings = new ArrayList<SubListHeadings.Heading>();
        String region = text.substring(from, to);
        Matcher known = SubListHeadings.KNOWN.matcher(region);
        while (known.find()) {
            headings.add(heading(from + known.start(), from + known.end(), known.group(1)));
        }
        Matcher line = SubListHeadings.LINE_HEADING.matcher(region);
        while (line.find()) {
            int start = from + line.start(1);
            int end = from + line.end();
            boolean seen = headings.stream().anyMatch(h -> h.span().start() < end && start < h.span().end());
            if (!seen && Spaces.split(line.group(1)).length <= 5) {
                headings.add(heading(start, end, line.group(1)));
            }
        }
        headings.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return headings;
    }

    private static SubListHeadings.Heading heading(int start, int end, String text) {
        String clean = text.strip();
        return new SubListHeadings.Heading(new Span(start, end), clean, SubListHeadings.Group.of(clean));
    }
}
