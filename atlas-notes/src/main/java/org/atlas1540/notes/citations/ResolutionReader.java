package org.atlas1540.notes.citations;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atlas1540.notes.ResolutionCitation;

/**
 * Reads resolution citations: a number of three or four digits after "resolution(s)"
 * ("Resolution", "RESOLUTION"), "UNSCR(s)", "SCR(s)" or "S/RES/", with its year in parentheses
 * after it ("1540 (2004)", "1540(2004)", blanks and line breaks allowed). A list goes on with
 * ", ", "and", ", and" or "&" ("resolutions 1540 (2004), 1673 (2006) and 1977 (2011)"). A number
 * without a year takes it from {@link KnownResolutions}, or is skipped if unknown. A year in parentheses counts only
 * after a cited number: "Convention (1972)" is no citation.
 */
final class ResolutionReader {
    private static final String NUMBER_AND_YEAR = "(\\d{3,4})(?!\\p{N})(?:\\s*\\(\\s*(\\d{4})\\s*\\))?";

    /** Tried only where {@link #keywordStart} finds a keyword. */
    private static final Pattern FIRST =
            Pattern.compile("(?:(?i:resolutions?)|UNSCRs?|SCRs?|S/RES/)\\s*" + NUMBER_AND_YEAR);

    /** Literal strings the keywords contain, found fast; {@link #keywordStart} tells where the keyword starts. */
    private static final String[] NEEDLES = {"esolution", "ESOLUTION", "SCR", "S/RES/"};

    /** Matched right after a citation, to read the next one of a list. */
    private static final Pattern NEXT = Pattern.compile(
            "\\s*(?:,\\s*(?:and\\s+)?|and\\s+|&\\s*)(?:(?i:resolution)\\s*)?" + NUMBER_AND_YEAR);

    private static final int MIN_YEAR = 1946;
    private static final int MAX_YEAR = 2099;

    List<ResolutionCitation> read(String text) {
        Set<ResolutionCitation> found = new LinkedHashSet<>();
        Matcher first = FIRST.matcher(text);
        Matcher next = NEXT.matcher(text);
        NeedleScan scan = new NeedleScan(text, NEEDLES);
        int from = 0;
        for (int hit = scan.find(from); hit >= 0; hit = scan.find(from)) {
            int start = keywordStart(text, hit, scan.needle());
            if (start < 0 || !NeedleScan.isWordStart(text, start)) {
                from = hit + 1;
                continue;
            }
            first.region(start, text.length());
            if (!first.lookingAt()) {
                from = hit + 1;
                continue;
            }
            add(first, found);
            int end = first.end();
            next.region(end, text.length());
            while (next.lookingAt()) {
                add(next, found);
                end = next.end();
                next.region(end, text.length());
            }
            from = end;
        }
        return List.copyOf(found);
    }

    /** Where the keyword containing the needle found at {@code hit} starts, or -1 if none does. */
    private static int keywordStart(String text, int hit, int needle) {
        return switch (needle) {
            // "resolution", "Resolution", "RESOLUTION"
            case 0, 1 -> hit > 0 && Character.toLowerCase(text.charAt(hit - 1)) == 'r' ? hit - 1 : -1;
            // "UNSCR" or "SCR"
            case 2 -> text.startsWith("UN", hit - 2) ? hit - 2 : hit;
            default -> hit;
        };
    }

    private static void add(Matcher matcher, Set<ResolutionCitation> found) {
        int number = Integer.parseInt(matcher.group(1));
        int year = matcher.group(2) == null ? -1 : Integer.parseInt(matcher.group(2));
        if (year < MIN_YEAR || year > MAX_YEAR) {
            year = KnownResolutions.yearOf(number);
        }
        if (year > 0) {
            found.add(new ResolutionCitation(number, year));
        }
    }
}
