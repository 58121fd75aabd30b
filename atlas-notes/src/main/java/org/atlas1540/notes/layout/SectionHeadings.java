package org.atlas1540.notes.layout;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atlas1540.notes.SectionKind;
import org.atlas1540.notes.text.Keywords;
import org.atlas1540.notes.text.Spaces;

/**
 * The rule that tells a section heading from body text, and the kind of section it opens. A
 * heading is a short line without closing punctuation, numbered ("1.", "II.", "A)") or not, that
 * either names a known kind of section ("Conference Objectives", "Additional comments") or, when
 * it names none, is numbered or stands alone between blank lines in title case.
 */
final class SectionHeadings {
    static final Pattern NUMBERING = Pattern.compile(
            "^(?:(?:\\d{1,2}(?:\\.\\d{1,2}){0,2}|[IVX]{1,5}|[A-H])[.)]|\\(\\d{1,2}\\)|\\d{1,2}(?= [A-Z]))[ \\t]+");
    private static final int MAX_WORDS = 9;
    /** The longest heading, without the white space around it. */
    static final int MAX_LENGTH = 90;

    /**
     * A kind of section and the words that name it; {@code starts} holds the start of each
     * alternative, and a heading in which none of them starts a word cannot match (the pattern
     * needs {@code \\b} before one, and {@code CASE_INSENSITIVE} folds ASCII only, as
     * {@link Keywords} does), so the pattern is not tried there.
     */
    record Keyword(Pattern pattern, Keywords starts, SectionKind kind) {
    }

    static final List<Keyword> KEYWORDS = List.of(
            keyword("recommendations?", SectionKind.RECOMMENDATIONS, "recommendation"),
            keyword("objectives?|purposes?|aims?|goals?", SectionKind.OBJECTIVES, "objective", "purpose", "aim", "goal"),
            keyword("background|context|introduction", SectionKind.BACKGROUND, "background", "context", "introduction"),
            keyword("highlights?|summary|proceedings|discussions?|key points|main points|overview of (?:the )?(?:event|workshop|discussions)", SectionKind.HIGHLIGHTS,
                    "highlight", "summary", "proceedings", "discussion", "key points", "main points", "overview of "),
            keyword("outcomes?|results?|conclusions?", SectionKind.OUTCOME, "outcome", "result", "conclusion"),
            keyword("comments?|remarks?|observations", SectionKind.COMMENTS, "comment", "remark", "observations"));

    private static Keyword keyword(String alternatives, SectionKind kind, String... starts) {
        return new Keyword(Pattern.compile("\\b(?:" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE),
                Keywords.of(starts), kind);
    }

    /** A heading found on a line: its kind and its text without numbering. */
    record Heading(SectionKind kind, String text) {
    }

    /**
     * @param line        the line, without its line break
     * @param standsAlone whether blank lines (or the text's ends) are above and below it
     */
    static Optional<Heading> match(String line, boolean standsAlone) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH || trimmed.indexOf('\t') >= 0) {
            return Optional.empty();
        }
        Matcher numbering = NUMBERING.matcher(trimmed);
        // as find(): NUMBERING starts with ^; and it is tried only on a line that starts as a number can
        boolean numbered = mayBeNumbered(trimmed) && numbering.lookingAt();
        String text = numbered ? trimmed.substring(numbering.end()).strip() : trimmed;
        if (text.endsWith(":")) {
            if (Spaces.split(text).length > 3) {
                return Optional.empty(); // a sentence that introduces a list: "Participants agreed on the following:"
            }
            text = text.substring(0, text.length() - 1).strip();
        }
        if (!looksLikeHeading(text) || text.equalsIgnoreCase("Information Note")) {
            return Optional.empty();
        }
        SectionKind kind = kindOf(text);
        if (kind != SectionKind.OTHER) {
            return Optional.of(new Heading(kind, text));
        }
        if ((numbered && standsAlone) || (standsAlone && isTitleCase(text))) {
            return Optional.of(new Heading(SectionKind.OTHER, text));
        }
        return Optional.empty();
    }

    /** Whether {@code line} starts with a character NUMBERING can start with: a digit, I, V, X, A to H, or a bracket. */
    static boolean mayBeNumbered(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char c = line.charAt(0);
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'H') || c == 'I' || c == 'V' || c == 'X' || c == '(';
    }

    private static boolean looksLikeHeading(String text) {
        if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0))) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (".,;!?".indexOf(last) >= 0) {
            return false;
        }
        return Spaces.split(text).length <= MAX_WORDS;
    }

    static SectionKind kindOf(String heading) {
        Keyword best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Keyword keyword : KEYWORDS) {
            if (!keyword.starts.anyIn(heading)) {
                continue;
            }
            Matcher m = keyword.pattern.matcher(heading);
            if (m.find() && m.start() < bestStart) {
                best = keyword;
                bestStart = m.start();
            }
        }
        return best == null ? SectionKind.OTHER : best.kind;
    }

    private static boolean isTitleCase(String text) {
        String[] words = Spaces.split(text);
        if (words.length > 6) {
            return false;
        }
        int capitalised = 0;
        for (String word : words) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                capitalised++;
            } else if (!List.of("of", "and", "the", "for", "on", "in", "to", "a", "an", "with").contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return capitalised >= 1;
    }
}
