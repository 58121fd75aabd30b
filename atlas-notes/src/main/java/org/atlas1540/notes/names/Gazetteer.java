package org.atlas1540.notes.names;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.atlas1540.notes.text.Chars;
import org.atlas1540.notes.text.MatchText;
import org.atlas1540.notes.text.WordStarts;

/**
 * Finds known names in text by leftmost-longest match over a trie, so that a list is read as a
 * whole rather than split on commas: "Serbia Slovenia" gives two names, "Guinea-Bissau" is not
 * "Guinea", and "South Sudan" is not "Sudan". Matches start and end at word boundaries. Names are
 * matched without regard to case, accents, curly quotes or runs of spaces, except acronyms (names
 * with no lower-case letter), which match only as written: "WHO" is an organisation, "who" a word.
 *
 * @param <T> what a name stands for
 */
public final class Gazetteer<T> {

    /** A name and what it stands for. */
    public record Entry<T>(String name, T target) {
    }

    /** A name found in text, as a half-open range of the text. */
    public record Match<T>(int start, int end, T target, String name) {
    }

    /**
     * An entry as the trie keeps it: whether its name is an acronym is worked out once, when the
     * trie is built, not each time the name is a candidate match.
     */
    private record Candidate<T>(Entry<T> entry, boolean acronym) {
    }

    /** A trie node while the trie is built; its children are kept by character in a sorted array. */
    private static final class Node<T> {
        private char[] keys = new char[0];
        private Node<T>[] children = newArray(0);
        final List<Candidate<T>> entries = new ArrayList<>(1);

        Node<T> nextOrAdd(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            var child = new Node<T>();
            keys = insert(keys, at, c);
            Node<T>[] grown = newArray(children.length + 1);
            System.arraycopy(children, 0, grown, 0, at);
            grown[at] = child;
            System.arraycopy(children, at, grown, at + 1, children.length - at);
            children = grown;
            return child;
        }

        private static char[] insert(char[] keys, int at, char c) {
            char[] grown = new char[keys.length + 1];
            System.arraycopy(keys, 0, grown, 0, at);
            grown[at] = c;
            System.arraycopy(keys, at, grown, at + 1, keys.length - at);
            return grown;
        }

        @SuppressWarnings("unchecked")
        private static <T> Node<T>[] newArray(int length) {
            return (Node<T>[]) new Node<?>[length];
        }
    }

    private static final int ASCII = 128;
    /** Nodes with at least this many children get a table of their ASCII children. */
    private static final int WIDE = 8;
    /** Nodes with at most this many children find a child by a linear scan of their keys. */
    private static final int LINEAR = 8;

    /*
     * The trie, once built, as arrays indexed by node number (the root is 0; nodes numbered depth
     * first, so a name's nodes lie close together): a walk reads a few small arrays instead of
     * chasing node objects spread over the heap. Node n's children are the edges
     * edgeStart[n] .. edgeStart[n + 1] - 1, sorted by edgeKey; a node with many children (the root
     * above all) also has its ASCII children in a table: asciiChildren[asciiBase[n] + c], -1 for
     * none, asciiBase[n] being -1 for a node without one.
     */
    private final int[] edgeStart;
    private final char[] edgeKey;
    private final int[] edgeTarget;
    private final int[] asciiBase;
    private final int[] asciiChildren;
    /** The entries of each node: null for a node where no name ends. */
    private final Candidate<T>[][] entriesOf;
    /**
     * Whether every character a name can start with, as the text writes it, is a letter or digit
     * (no character that is neither folds to the first character of a name).
     */
    private final boolean noNameStartsOutsideLettersAndDigits;

    public Gazetteer(List<Entry<T>> entries) {
        Node<T> root = new Node<>();
        for (Entry<T> entry : entries) {
            add(root, entry);
        }
        var order = new ArrayList<Node<T>>();
        var numbers = new IdentityHashMap<Node<T>, Integer>();
        number(root, order, numbers);
        int nodes = order.size();
        int edges = nodes - 1;
        int wide = 0;
        for (Node<T> node : order) {
            wide += node.keys.length >= WIDE ? 1 : 0;
        }
        edgeStart = new int[nodes + 1];
        edgeKey = new char[edges];
        edgeTarget = new int[edges];
        asciiBase = new int[nodes];
        asciiChildren = new int[wide * ASCII];
        Arrays.fill(asciiChildren, -1);
        entriesOf = newEntries(nodes);
        int edge = 0;
        int tables = 0;
        for (int n = 0; n < nodes; n++) {
            Node<T> node = order.get(n);
            edgeStart[n] = edge;
            asciiBase[n] = node.keys.length >= WIDE ? tables++ * ASCII : -1;
            for (int i = 0; i < node.keys.length; i++) {
                int child = numbers.get(node.children[i]);
                edgeKey[edge] = node.keys[i];
                edgeTarget[edge] = child;
                edge++;
                if (asciiBase[n] >= 0 && node.keys[i] < ASCII) {
                    asciiChildren[asciiBase[n] + node.keys[i]] = child;
                }
            }
            entriesOf[n] = node.entries.isEmpty() ? null : newCandidates(node.entries);
        }
        edgeStart[nodes] = edge;
        boolean onlyLettersAndDigits = true;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (!isLetterOrDigit((char) c) && next(0, lowerFold((char) c)) >= 0) {
                onlyLettersAndDigits = false;
            }
        }
        noNameStartsOutsideLettersAndDigits = onlyLettersAndDigits;
    }

    /** Numbers the nodes depth first, the root 0. */
    private static <T> void number(Node<T> root, List<Node<T>> order, Map<Node<T>, Integer> numbers) {
        var stack = new ArrayDeque<Node<T>>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node<T> node = stack.pop();
            numbers.put(node, order.size());
            order.add(node);
            for (int i = node.children.length - 1; i >= 0; i--) {
                stack.push(node.children[i]);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Candidate<T>[][] newEntries(int length) {
        return (Candidate<T>[][]) new Candidate<?>[length][];
    }

    @SuppressWarnings("unchecked")
    private static <T> Candidate<T>[] newCandidates(List<Candidate<T>> entries) {
        return entries.toArray((Candidate<T>[]) new Candidate<?>[0]);
    }

    /** The child of {@code node} by character {@code c}, or -1. */
    private int next(int node, char c) {
        int table = asciiBase[node];
        if (table >= 0 && c < ASCII) {
            return asciiChildren[table + c];
        }
        int from = edgeStart[node];
        int to = edgeStart[node + 1];
        if (to - from <= LINEAR) {
            // most nodes have a child or two: a plain scan beats a binary search there
            for (int e = from; e < to; e++) {
                if (edgeKey[e] == c) {
                    return edgeTarget[e];
                }
            }
            return -1;
        }
        int e = Arrays.binarySearch(edgeKey, from, to, c);
        return e >= 0 ? edgeTarget[e] : -1;
    }

    private static <T> void add(Node<T> root, Entry<T> entry) {
        String key = key(entry.name());
        if (key.isEmpty()) {
            return;
        }
        Node<T> node = root;
        for (int i = 0; i < key.length(); i++) {
            node = node.nextOrAdd(key.charAt(i));
        }
        node.entries.add(new Candidate<>(entry, isAcronym(entry.name())));
    }

    private static String key(String name) {
        String folded = MatchText.fold(name.strip()).toLowerCase(Locale.ROOT);
        return folded.replaceAll("\\s+", " ");
    }

    /** Every name in {@code text} between {@code from} and {@code to}, leftmost-longest, not overlapping. */
    public List<Match<T>> findAll(CharSequence text, int from, int to) {
        var matches = new ArrayList<Match<T>>();
        int i = from;
        while (i < to) {
            if (startsWord(text, i)) {
                Match<T> match = longestAt(text, i, to);
                if (match != null) {
                    matches.add(match);
                    i = match.end();
                    continue;
                }
            }
            // no word starts inside a run of letters and digits: passed over in a small loop of its own
            i = isLetterOrDigit(text.charAt(i)) ? endOfLettersAndDigits(text, i + 1, to) : i + 1;
        }
        return matches;
    }

    /**
     * As {@link #findAll(CharSequence, int, int)} on the text of {@code words}, looking only at the
     * word starts already found that are letters or digits: where a character that is neither
     * starts a word, no name starts (checked for every character when the trie is built; if one
     * did, every place is tried as findAll tries it).
     */
    public List<Match<T>> findAll(WordStarts words, int from, int to) {
        // a name starts only at a letter or digit after a character that is neither (or at the
        // start of the range): at a word start of words that is a letter or digit
        String text = words.text();
        if (!noNameStartsOutsideLettersAndDigits || !words.cover(from, to)) {
            return findAll(text, from, to);
        }
        var matches = new ArrayList<Match<T>>();
        char[] chars = words.chars();
        int count = words.count();
        for (int k = words.indexAtOrAfter(from); k < count && words.startAt(k) < to; k++) {
            int i = words.startAt(k);
            if (isLetterOrDigit(chars[i])) {
                Match<T> match = longestAt(text, i, to);
                if (match != null) {
                    matches.add(match);
                    while (k + 1 < count && words.startAt(k + 1) < match.end()) {
                        k++; // on with the first word start at or after the match's end
                    }
                }
            }
        }
        return matches;
    }

    /** Whether {@link #findAll(WordStarts, int, int)} can look at word starts only. */
    boolean namesStartWithLettersOrDigitsOnly() {
        return noNameStartsOutsideLettersAndDigits;
    }

    public List<Match<T>> findAll(CharSequence text) {
        return findAll(text, 0, text.length());
    }

    /** The longest name that starts exactly at {@code start}, or null. */
    public Match<T> longestAt(CharSequence text, int start, int to) {
        int node = 0;
        Match<T> best = null;
        char previous = 0;
        for (int i = start; i < to; i++) {
            char c = lowerFold(text.charAt(i));
            if (c == ' ' && previous == ' ') {
                continue;
            }
            node = next(node, c);
            if (node < 0) {
                break;
            }
            previous = c;
            Candidate<T>[] candidates = entriesOf[node];
            if (candidates != null && endsWord(text, i + 1, to)) {
                Entry<T> entry = accepted(candidates, text, start, i + 1);
                if (entry != null) {
                    best = new Match<>(start, i + 1, entry.target(), entry.name());
                }
            }
        }
        return best;
    }

    private static <T> Entry<T> accepted(Candidate<T>[] entries, CharSequence text, int start, int end) {
        for (Candidate<T> candidate : entries) {
            if (!candidate.acronym() || sameCase(candidate.entry().name(), text, start, end)) {
                return candidate.entry();
            }
        }
        return null;
    }

    static boolean isAcronym(String name) {
        boolean letter = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    private static boolean sameCase(String name, CharSequence text, int start, int end) {
        int j = 0;
        char previous = 0;
        for (int i = start; i < end; i++) {
            char c = MatchText.fold(text.charAt(i));
            if (c == ' ' && previous == ' ') {
                continue;
            }
            previous = c;
            while (j < name.length() && Character.isWhitespace(name.charAt(j)) && c != ' ') {
                j++;
            }
            if (j >= name.length()) {
                return false;
            }
            char n = MatchText.fold(name.charAt(j));
            if (Character.isWhitespace(n)) {
                n = ' ';
            }
            if (n != c) {
                return false;
            }
            j++;
        }
        return j == name.length();
    }

    /** The first place from {@code i} whose character is neither a letter nor a digit, or {@code to}. */
    private static int endOfLettersAndDigits(CharSequence text, int i, int to) {
        while (i < to && isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean startsWord(CharSequence text, int i) {
        return i == 0 || !isLetterOrDigit(text.charAt(i - 1)) || !isLetterOrDigit(text.charAt(i));
    }

    private static boolean endsWord(CharSequence text, int end, int to) {
        return end >= text.length() || !isLetterOrDigit(text.charAt(end)) || !isLetterOrDigit(text.charAt(end - 1));
    }

    private static boolean isLetterOrDigit(char c) {
        return Chars.isLetterOrDigit(c);
    }

    /** The character as the trie keys it: folded, then lower-cased; ASCII letters directly. */
    private static char lowerFold(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        if (c >= 'a' && c <= 'z') {
            return c;
        }
        return Character.toLowerCase(MatchText.fold(c));
    }
}
