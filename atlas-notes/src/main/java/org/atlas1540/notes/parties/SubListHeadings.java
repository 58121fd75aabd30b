package org.atlas1540.notes.parties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atlas1540.notes.Span;
import org.atlas1540.notes.text.Keywords;
import org.atlas1540.notes.text.Spaces;

/**
 * Finds the headings that split a participants list into sub-lists ("States:", "States-Members of
 * the OSCE:", "Organisations / Other speakers:", "Other:", "Observers:", "Representatives of:").
 * Headings are not parties; they tell what the names after them were listed as.
 */
final class SubListHeadings {
    static final Pattern KNOWN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])("
                    + "(?:OSCE )?States?[- ]Members? of the OSCE|OSCE participating States|Participating States|Member States"
                    + "|(?:OSCE )?Partners for Co-?operation|Partner States"
                    + "|(?:International|Regional|International and regional|Other) organi[sz]ations"
                    + "|Organi[sz]ations\\s*/\\s*Other speakers|Organi[sz]ations and other speakers|Organi[sz]ations"
                    + "|Other speakers|Speakers|Others?|Observers|Representatives of|Also present|Guests|Experts"
                    + "|Non-governmental organi[sz]ations|NGOs|Civil society|Industry|Academia|States|Countries"
                    + "|Delegations|Agencies)(?:[ \\t]*:|[ \\t]+[–—-][ \\t])",
            Pattern.CASE_INSENSITIVE);
    /**
     * Every match of KNOWN starts with one of these (after the look-behind), so KNOWN is tried only
     * where one starts instead of at every character of the field.
     */
    static final Keywords KNOWN_STARTS = Keywords.of("osce", "state", "participating", "member", "partner",
            "international", "regional", "other", "organi", "speakers", "observers", "representatives", "also",
            "guests", "experts", "non-governmental", "ngo", "civil", "industry", "academia", "countries",
            "delegations", "agencies");
    /** Any short phrase at the start of a line that ends with a colon. */
    static final Pattern LINE_HEADING = Pattern.compile("(?m)^[ \\t]*(?:[-•*][ \\t]+)?([\\p{L}][\\p{L} /&'’-]{1,50}):");

    /** What the names under a heading were listed as. */
    enum Group {
        STATES, OSCE_PARTICIPATING, ORGANISATIONS, OTHER;

        static Group of(String heading) {
            String h = heading.toLowerCase(Locale.ROOT);
            if (h.contains("osce") && (h.contains("member") || h.contains("participating"))) {
                return OSCE_PARTICIPATING;
            }
            if (h.contains("organi") || h.contains("agencies") || h.contains("ngo")) {
                return ORGANISATIONS;
            }
            if ((h.contains("states") || h.contains("countries")) && !h.contains("partner")) {
                return STATES;
            }
            return OTHER;
        }
    }

    record Heading(Span span, String text, Group group) {
    }

    static List<Heading> find(String text, int from, int to) {
        var headings = new ArrayList<Heading>();
        if (!containsAny(text, from, to, ":-–—")) {
            return headings; // every match of KNOWN ends with one of these, and of LINE_HEADING with ':'
        }
        CharSequence region = text.subSequence(from, to);
        Matcher m = Keywords.anchorable(KNOWN, region);
        int at = 0;
        while (findKnown(m, region, at)) {
            headings.add(heading(from + m.start(), from + m.end(), m.group(1)));
            at = m.end();
        }
        Matcher line = LINE_HEADING.matcher(region);
        for (int lineStart = 0; lineStart >= 0; lineStart = nextLineStart(region, lineStart)) {
            // as while (line.find()): (?m)^ holds only at a line start, and no match crosses a line end
            if (!colonMayEndLineHeading(region, lineStart) || !line.region(lineStart, region.length()).lookingAt()) {
                continue;
            }
            int start = from + line.start(1);
            int end = from + line.end();
            boolean known = headings.stream().anyMatch(h -> h.span().start() < end && start < h.span().end());
            if (!known && Spaces.split(line.group(1)).length <= 5) {
                headings.add(heading(start, end, line.group(1)));
            }
        }
        headings.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return headings;
    }

    /**
     * As {@code KNOWN_STARTS.findFrom(m, region, from)}, but KNOWN is tried only where
     * {@link #terminatorMayFollow} holds too.
     */
    private static boolean findKnown(Matcher m, CharSequence region, int from) {
        int length = region.length();
        for (int at = KNOWN_STARTS.indexIn(region, from, length); at >= 0;
                at = KNOWN_STARTS.indexIn(region, at + 1, length)) {
            if (terminatorMayFollow(region, at) && m.region(at, length).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * False when no match of KNOWN can start at {@code at}: every character of a match is an ASCII
     * letter (its {@code CASE_INSENSITIVE} folds ASCII only), white space as {@code \s} knows it,
     * '/', '-', ':', '–' or '—', and a match holds ':' or one of the dashes (its end). So a match
     * can start only where, reading on over letters, white space and '/', a colon or a dash comes
     * before any other character and before the end.
     */
    static boolean terminatorMayFollow(CharSequence region, int at) {
        for (int i = at; i < region.length(); i++) {
            char c = region.charAt(i);
            if (c == ':' || c == '-' || c == '–' || c == '—') {
                return true;
            }
            boolean asciiLetter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!asciiLetter && c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r'
                    && c != '/') {
                return false;
            }
        }
        return false;
    }

    /**
     * False when LINE_HEADING cannot match at {@code lineStart}: a match is blanks, a bullet,
     * letters and a few signs (' ', '/', '&', apostrophes, '-'), then ':'. So reading on from the
     * line start, a colon must come before any other ASCII character and before the end (other
     * characters, which may be letters or bullets, are read over).
     */
    static boolean colonMayEndLineHeading(CharSequence region, int lineStart) {
        for (int i = lineStart; i < region.length(); i++) {
            char c = region.charAt(i);
            if (c == ':') {
                return true;
            }
            boolean asciiLetter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (c < 128 && !asciiLetter && " \t/&'-*".indexOf(c) < 0) {
                return false;
            }
        }
        return false;
    }

    /**
     * The next place after {@code at} where {@code (?m)^} holds: after a line terminator as Java
     * knows them (not between CR and LF, not at the end); -1 when there is none.
     */
    static int nextLineStart(CharSequence text, int at) {
        for (int i = at; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029' || (c == '\r' && text.charAt(i + 1) != '\n')) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean containsAny(String text, int from, int to, String characters) {
        for (int i = from; i < to; i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static Heading heading(int start, int end, String text) {
        String clean = text.strip();
        return new Heading(new Span(start, end), clean, Group.of(clean));
    }
}
