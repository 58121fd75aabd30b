package org.atlas1540.notes.parties;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atlas1540.notes.Party;
import org.atlas1540.notes.PartyType;
import org.atlas1540.notes.Span;
import org.atlas1540.notes.names.Gazetteer;
import org.atlas1540.notes.names.Known;
import org.atlas1540.notes.names.NameIndex;
import org.atlas1540.notes.text.Keywords;
import org.atlas1540.notes.text.Spaces;
import org.atlas1540.notes.text.Warnings;
import org.atlas1540.reference.OsceStatus;
import org.atlas1540.reference.State;
import org.atlas1540.reference.StateCode;

/**
 * Reads the parties of an organiser or participants field. The whole field is matched against
 * the gazetteer (leftmost-longest), not split on commas; then the named rules below apply, and
 * every stretch of text that names nobody known becomes an unresolved party, never dropped.
 * <ul>
 *   <li>Sub-list headings ("States:", "Other:") are not parties.</li>
 *   <li>A bracket after a name that holds its acronym ("(OSCE)", "(CPC)") is part of the mention;
 *       any other bracket is the party's remark ("(via video-message)").</li>
 *   <li>A possessive State ("Germany's") is not a party.</li>
 *   <li>A national body ("Ministry of Health of Ghana") is not its State: it is an organisation
 *       if the registry knows it, else unresolved, linked to its State either way.</li>
 *   <li>A party named twice is one party.</li>
 * </ul>
 */
public final class PartyListReader {
    private static final String INSTITUTION = "ministry|ministries|department|agency|office|institute|centre|center|"
            + "service|authority|commission|committee|directorate|bureau|university|academy|laborator(?:y|ies)|customs|"
            + "police|council|chamber|court|parliament|unit|superintendency|inspectorate|regulator|administration|"
            + "guard|forces?|board";
    /** "Ministry of Health of (the)" right before a State's name. */
    static final Pattern BODY_BEFORE = Pattern.compile(
            "(?i)^(?:the\\s+)?[^,;()]{0,100}?\\b(?:" + INSTITUTION + ")\\b[^,;()]{0,100}?\\bof(?: the)?\\s*$");
    /** "Government of", "Permanent Mission of": the State itself, not a body of it. */
    private static final Pattern STATE_ITSELF = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:government|permanent mission|mission|embassy|delegation|representatives?)\\s+of(?: the)?\\s*$");
    /** " Ministry of Foreign Affairs": a body named after a State's name ("New Zealand Ministry ..."). */
    static final Pattern BODY_AFTER = Pattern.compile(
            "^ (?:[A-Z][\\p{L}'-]*\\s+){0,3}?(?:Ministry|Ministries|Department|Agency|Office|Institute|Centre|Center|"
                    + "Service|Authority|Commission|Committee|Directorate|Bureau|University|Academy|Laborator(?:y|ies)|"
                    + "Customs|Police|Council|Chamber|Court|Parliament|Unit|Superintendency|Inspectorate|Regulator|"
                    + "Administration|Guard|Forces?|Board)\\b");
    /** A connector that ends the stretch of text before a name that can belong to it. */
    static final Pattern PREFIX_CUT = Pattern.compile(
            "(?i).*\\b(?:with|together with|as well as|supported by|funded by|hosted by|organi[sz]ed by)\\b\\s*");
    /**
     * Every match of PREFIX_CUT holds one of these at a word start (its \\b before the connector),
     * so a prefix without any is not cut and PREFIX_CUT is not tried.
     */
    static final Keywords PREFIX_CUT_WORDS = Keywords.of("with", "together", "as well", "supported", "funded",
            "hosted", "organi");
    /** Every match of BODY_BEFORE holds "of" at a word start (its \\bof): a prefix without it names no body. */
    static final Keywords BODY_BEFORE_WORDS = Keywords.of("of");
    /**
     * The starts of the INSTITUTION words: every match of BODY_BEFORE and of BODY_AFTER holds one
     * at a word start (their \\b before it, or BODY_AFTER's white space), so a text without any
     * names no body and neither pattern is tried.
     */
    static final Keywords INSTITUTION_WORDS = Keywords.of("ministr", "department", "agency", "office", "institute",
            "centre", "center", "service", "authority", "commission", "committee", "directorate", "bureau", "university",
            "academy", "laborator", "customs", "police", "council", "chamber", "court", "parliament", "unit",
            "superintendency", "inspectorate", "regulator", "administration", "guard", "force", "board");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Za-z0-9.&/ -]{0,14}");
    /** A name of an institution, whose "and" joins words of one name ("Customs and Tax Administration"). */
    static final Pattern INSTITUTION_NAME = Pattern.compile(
            "\\b(?:Ministry|Department|Agency|Office|Institute|Centre|Center|Service|Authority|Commission|Committee|"
                    + "Directorate|Bureau|Council|Unit|Superintendency|Supervision|Inspectorate|Administration|Board|"
                    + "Customs|Affairs|Trade|Research|Development|Control)\\b");
    /**
     * Every match of INSTITUTION_NAME starts with one of these, so it is tried only where one starts
     * a word (the keywords ignore case, so they find more places than the pattern matches at, never fewer).
     */
    static final Keywords INSTITUTION_NAME_STARTS = Keywords.of("ministry", "department", "agency", "office",
            "institute", "centre", "center", "service", "authority", "commission", "committee", "directorate", "bureau",
            "council", "unit", "superintendency", "supervision", "inspectorate", "administration", "board", "customs",
            "affairs", "trade", "research", "development", "control");
    /** Words that join names in an organiser or participants field; longer phrases first. */
    private static final Pattern CONNECTOR = Pattern.compile(
            "(?i)^(?:[-•*–▪·]\\s"
                    + "|in (?:close )?(?:co-?operation|partnership|collaboration|coordination|conjunction|association) with\\b"
                    + "|(?:with )?(?:the )?(?:kind |financial |generous )?(?:support|assistance|participation|funding|help|"
                    + "contribution|sponsorship)(?: of| from| by)?\\b"
                    + "|(?:supported|funded|sponsored|organi[sz]ed|co-organi[sz]ed|hosted|convened|financed) by\\b"
                    + "|on behalf of\\b|together with\\b|jointly with\\b|government of\\b"
                    + "|(?:permanent )?mission of\\b|embassy of\\b"
                    + "|(?:technical |permanent |general )?secretariat(?: of)?\\b"
                    + "|representatives? of\\b|representatives?\\b|experts? from\\b|speakers? from\\b"
                    + "|delegations? (?:of|from)\\b"
                    + "|and\\b|with\\b|the\\b|of\\b|by\\b|from\\b|in\\b|for\\b|[()\\[\\].:])\\s*");
    private static final Pattern TRAILING = Pattern.compile("(?i)\\s*(?:\\band|\\bof|\\bthe|\\bwith|[,.:;()\\[\\]])$");
    /**
     * The characters a match of CONNECTOR can start with (its letters in both cases, as its
     * {@code (?i)} folds ASCII only): at any other, CONNECTOR is not tried.
     */
    private static final String CONNECTOR_FIRST = "-•*–▪·()[].:iwtkfgsapchojmerdbIWTKFGSAPCHOJMERDB";
    /** The characters a match of TRAILING can end with: at any other, TRAILING is not tried. */
    private static final String TRAILING_LAST = ",.:;()[]dfehDFEH";
    private static final Set<String> NOT_NAMES = Set.of("other", "others", "states", "organisations", "organizations",
            "secretariat", "government", "governments", "representatives", "experts", "speakers", "participants",
            "observers", "delegations", "delegation", "member states", "states-members", "partners", "agencies", "ministries",
            "na", "n/a", "none", "tbc", "tbd", "etc");

    private final NameIndex names;

    public PartyListReader(NameIndex names) {
        this.names = names;
    }

    /**
     * @param text      the normalised note text
     * @param field     the span of the field's value
     * @param fieldName the field's label, for warnings ("Participants")
     */
    public List<Party> read(String text, Span field, String fieldName, Warnings warnings) {
        int from = field.start();
        int to = field.end();
        List<SubListHeadings.Heading> headings = SubListHeadings.find(text, from, to);
        boolean[] covered = new boolean[to - from];
        for (SubListHeadings.Heading heading : headings) {
            mark(covered, from, heading.span().start(), heading.span().end());
        }
        var parties = new ArrayList<Party>();
        var seen = new HashSet<String>();
        Gazetteer.Match<Known> previous = null;
        int cursor = from;
        int lastEnd = from;
        Bracket remarkWithNames = null; // "(1540 Coordinator and EXBS)": the names inside are parties too
        for (Gazetteer.Match<Known> match : names.parties().findAll(text, from, to)) {
            boolean insideRemark = remarkWithNames != null && match.start() >= remarkWithNames.innerStart()
                    && match.end() <= remarkWithNames.innerEnd();
            if (match.start() < cursor || (isCovered(covered, from, match.start()) && !insideRemark)) {
                continue;
            }
            Known known = match.target();
            int end = match.end();
            if (known.isState() && possessiveAt(text, end)) {
                mark(covered, from, match.start(), end + 2);
                continue;
            }
            Bracket bracket = Bracket.after(text, end, to);
            String remark = null;
            int mentionEnd = end;
            if (bracket != null) {
                List<Gazetteer.Match<Known>> inner = names.parties().findAll(text, bracket.innerStart, bracket.innerEnd);
                boolean sameBody = !inner.isEmpty() && inner.stream().allMatch(m -> m.target().equals(known))
                        && inner.size() == 1 && inner.get(0).end() - inner.get(0).start() == bracket.innerText(text).length();
                String innerText = bracket.innerText(text);
                if (sameBody || (inner.isEmpty() && ACRONYM.matcher(innerText).matches() && isAcronymLike(innerText))) {
                    mentionEnd = bracket.end;
                } else {
                    remark = innerText;
                }
                mark(covered, from, bracket.start, bracket.end);
                boolean namesInside = !inner.isEmpty() && !sameBody;
                cursor = namesInside ? bracket.innerStart : bracket.end;
                if (namesInside) {
                    remarkWithNames = bracket;
                }
            } else {
                cursor = end;
            }
            mark(covered, from, match.start(), mentionEnd);
            int start = match.start();
            PartyType type = known.type();
            String id = known.id();
            String name = known.name();
            StateCode state = known.isState() ? null : known.state();
            if (known.isState()) {
                Span body = nationalBody(text, Math.max(lastEnd, segmentStart(text, from, start)), start, end, to);
                if (body != null) {
                    mark(covered, from, body.start(), body.end());
                    start = body.start();
                    mentionEnd = body.end();
                    cursor = Math.max(cursor, body.end());
                    type = PartyType.UNRESOLVED;
                    id = null;
                    state = known.state();
                    name = collapse(text.substring(start, mentionEnd));
                    warnings.at(start, "'" + name + "' in " + fieldName + " is a national body the registry does not "
                            + "know; it is kept as unresolved, linked to " + known.name() + ", not as a participating State");
                }
            }
            String mention = collapse(text.substring(start, mentionEnd));
            if (previous != null && previous.target().isState() && known.isState() && type == PartyType.STATE
                    && onlySpacesBetween(text, previous.end(), match.start())) {
                warnings.at(match.start(), "'" + previous.name() + "' and '" + mention + "' in " + fieldName
                        + " have no comma between them; read as two States, please check");
            }
            previous = match;
            lastEnd = mentionEnd;
            String key = type == PartyType.UNRESOLVED ? "u:" + name.toLowerCase(Locale.ROOT) : type + ":" + id;
            if (seen.add(key)) {
                parties.add(new Party(type, id, name, mention, new Span(start, mentionEnd), state, remark));
                checkGroup(text, headings, known, type, start, mention, fieldName, warnings);
            }
        }
        addUnresolved(text, from, to, covered, parties, seen, fieldName, warnings);
        parties.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return parties;
    }

    /**
     * The national body a State's name belongs to, if any: "Ministry of Health of [Ghana]" or
     * "[New Zealand] Ministry of Foreign Affairs and Trade"; null when the name stands for the State.
     */
    private static Span nationalBody(String text, int segmentStart, int start, int end, int to) {
        String prefix = text.substring(segmentStart, start);
        int prefixStart = 0;
        if (PREFIX_CUT_WORDS.anyIn(prefix)) {
            Matcher cut = PREFIX_CUT.matcher(prefix);
            prefixStart = cut.lookingAt() ? cut.end() : 0;
        }
        String before = prefix.substring(prefixStart).stripLeading();
        // BODY_BEFORE and STATE_ITSELF start with ^: lookingAt() is their find()
        if (!before.isEmpty() && BODY_BEFORE_WORDS.anyIn(before) && INSTITUTION_WORDS.anyIn(before)
                && BODY_BEFORE.matcher(before).lookingAt()
                && !STATE_ITSELF.matcher(before).lookingAt()) {
            int bodyStart = segmentStart + prefix.length() - before.length();
            if (text.regionMatches(true, bodyStart, "the ", 0, 4)) {
                bodyStart += 4;
            }
            return new Span(bodyStart, end);
        }
        // BODY_AFTER starts with a space and a capital A-Z (of a word or of the institution), and
        // holds an institution word: only then is it tried
        if (end + 1 < to && text.charAt(end) == ' ' && isAsciiCapital(text.charAt(end + 1))
                && bodyAfter(text.substring(end, Math.min(to, end + 80)))) {
            int bodyEnd = end;
            while (bodyEnd < to && ",;:()\n".indexOf(text.charAt(bodyEnd)) < 0) {
                bodyEnd++;
            }
            while (bodyEnd > end && Character.isWhitespace(text.charAt(bodyEnd - 1))) {
                bodyEnd--;
            }
            return new Span(start, bodyEnd);
        }
        return null;
    }

    /** {@code BODY_AFTER.matcher(window).lookingAt()}, not tried on a window without an institution word. */
    static boolean bodyAfter(String window) {
        return INSTITUTION_WORDS.anyIn(window) && BODY_AFTER.matcher(window).lookingAt();
    }

    private static boolean isAsciiCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAcronymLike(String inner) {
        int capitals = 0;
        for (int i = 0; i < inner.length(); i++) {
            if (Character.isUpperCase(inner.charAt(i))) {
                capitals++;
            }
        }
        return capitals >= 2 && (!inner.contains(" ") || inner.equals(inner.toUpperCase(Locale.ROOT)));
    }

    private void checkGroup(String text, List<SubListHeadings.Heading> headings, Known known, PartyType type,
            int at, String mention, String fieldName, Warnings warnings) {
        SubListHeadings.Heading heading = null;
        for (SubListHeadings.Heading h : headings) {
            if (h.span().end() <= at) {
                heading = h;
            }
        }
        if (heading == null) {
            return;
        }
        if (heading.group() == SubListHeadings.Group.OSCE_PARTICIPATING && type == PartyType.STATE) {
            State state = names.reference().states().get(known.state());
            if (state.osce() == OsceStatus.PARTNER) {
                warnings.at(at, state.shortName() + " is listed under '" + heading.text() + "' but is an OSCE Partner "
                        + "for Co-operation, not a participating State");
            } else if (state.osce() == OsceStatus.NONE) {
                warnings.at(at, state.shortName() + " is listed under '" + heading.text()
                        + "' but is not an OSCE participating State");
            }
        } else if ((heading.group() == SubListHeadings.Group.STATES
                || heading.group() == SubListHeadings.Group.OSCE_PARTICIPATING) && type != PartyType.STATE) {
            warnings.at(at, "'" + mention + "' is listed under '" + heading.text() + "' but is not a State");
        } else if (heading.group() == SubListHeadings.Group.ORGANISATIONS && type == PartyType.STATE) {
            warnings.at(at, "'" + mention + "' is listed under '" + heading.text() + "' but is a State");
        }
    }

    private static void addUnresolved(String text, int from, int to, boolean[] covered, List<Party> parties,
            Set<String> seen, String fieldName, Warnings warnings) {
        var pieces = new Pieces(text, parties, seen, fieldName, warnings);
        int i = from;
        while (i < to) {
            if (covered[i - from]) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && !covered[i - from]) {
                i++;
            }
            NameSeparators separators = pieces.separators;
            int pieceStart = start;
            while (separators.findSeparator(pieceStart, i)) {
                pieces.addPieces(pieceStart, separators.start());
                pieceStart = separators.end();
            }
            pieces.addPieces(pieceStart, i);
        }
    }

    /**
     * The stretches of a field that name nobody known, made unresolved parties: one per field, with
     * its matchers over the note's text made once and moved from piece to piece
     * ({@code region}), not made anew for every piece.
     */
    private static final class Pieces {
        private final String text;
        private final List<Party> parties;
        private final Set<String> seen;
        private final String fieldName;
        private final Warnings warnings;
        final NameSeparators separators;
        private final NameSeparators and;
        private final Matcher connector;
        private final Matcher trailing;

        Pieces(String text, List<Party> parties, Set<String> seen, String fieldName, Warnings warnings) {
            this.text = text;
            this.parties = parties;
            this.seen = seen;
            this.fieldName = fieldName;
            this.warnings = warnings;
            this.separators = new NameSeparators(text);
            this.and = new NameSeparators(text);
            this.connector = CONNECTOR.matcher(text);
            this.trailing = TRAILING.matcher(text).useTransparentBounds(true);
        }

        /** Splits on "and" too, except inside the name of an institution ("Customs and Tax Administration"). */
        void addPieces(int start, int end) {
            if (isBlank(start, end)) {
                return; // the white space between two separators: addPiece would strip it all and keep nothing
            }
            if (INSTITUTION_NAME_STARTS.find(INSTITUTION_NAME, text, start, end)) {
                addPiece(start, end);
                return;
            }
            int pieceStart = start;
            while (and.findAnd(pieceStart, end)) {
                addPiece(pieceStart, and.start());
                pieceStart = and.end();
            }
            addPiece(pieceStart, end);
        }

        private boolean isBlank(int start, int end) {
            for (int i = start; i < end; i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private void addPiece(int start, int end) {
            int s = start;
            int e = end;
            boolean changed = true;
            while (changed && s < e) {
                changed = false;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                if (s < e && CONNECTOR_FIRST.indexOf(text.charAt(s)) >= 0 && connector.region(s, e).lookingAt()
                        && connector.end() > s) {
                    s = connector.end();
                    changed = true;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                // the longest trailing word is 4 letters: looking at the last few characters is enough
                // (white space before it that is left is stripped on the next round)
                if (e > s && TRAILING_LAST.indexOf(text.charAt(e - 1)) >= 0
                        && trailing.region(Math.max(s, e - 8), e).find()) {
                    e = trailing.start();
                    changed = true;
                }
            }
            if (e - s < 2) {
                return;
            }
            String mention = collapse(text.substring(s, e));
            if (!hasCapitalisedWord(mention) || NOT_NAMES.contains(mention.toLowerCase(Locale.ROOT))) {
                return;
            }
            if (seen.add("u:" + mention.toLowerCase(Locale.ROOT))) {
                parties.add(new Party(PartyType.UNRESOLVED, null, mention, mention, new Span(s, e), null, null));
                warnings.at(s, "'" + mention + "' in " + fieldName + " is not a known State or organisation");
            }
        }
    }

    /** Whether a word of two characters or more starts with a capital, the words split as {@code s.split("[\\s/-]+")} splits them. */
    static boolean hasCapitalisedWord(String s) {
        int i = 0;
        while (i < s.length()) {
            if (isWordSeparator(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && !isWordSeparator(s.charAt(i))) {
                i++;
            }
            if (i - start >= 2 && Character.isUpperCase(s.codePointAt(start))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordSeparator(char c) {
        return c == '/' || c == '-' || Spaces.isSpace(c);
    }

    private static int segmentStart(String text, int from, int at) {
        int i = at;
        while (i > from) {
            char c = text.charAt(i - 1);
            if (c == ',' || c == ';' || c == '\n' || c == ':' || c == '(' || c == ')') {
                break;
            }
            i--;
        }
        return i;
    }

    private static boolean possessiveAt(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && text.charAt(end + 1) == 's' && (end + 2 >= text.length() || !Character.isLetter(text.charAt(end + 2)));
    }

    private static boolean onlySpacesBetween(String text, int a, int b) {
        if (b <= a) {
            return false;
        }
        for (int i = a; i < b; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] covered, int from, int start, int end) {
        for (int i = Math.max(start, from); i < Math.min(end, from + covered.length); i++) {
            covered[i - from] = true;
        }
    }

    private static boolean isCovered(boolean[] covered, int from, int at) {
        return at - from < covered.length && covered[at - from];
    }

    static String collapse(String s) {
        return Spaces.collapse(s).strip();
    }

    /** A bracketed remark right after a name: "(OSCE)", "(via video-message)". */
    private record Bracket(int start, int innerStart, int innerEnd, int end) {
        static Bracket after(String text, int at, int to) {
            int i = at;
            while (i < to && text.charAt(i) == ' ') {
                i++;
            }
            if (i >= to || text.charAt(i) != '(') {
                return null;
            }
            int close = text.indexOf(')', i);
            int nested = text.indexOf('(', i + 1);
            if (close < 0 || close >= to || close - i > 200 || (nested >= 0 && nested < close)) {
                return null;
            }
            return new Bracket(i, i + 1, close, close + 1);
        }

        String innerText(String text) {
            return text.substring(innerStart, innerEnd).strip();
        }
    }
}
