package org.atlas1540.notes.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.atlas1540.notes.text.Chars;
import org.atlas1540.notes.text.MatchText;

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

    /** A trie node; its children are kept by character in a sorted array, looked up by binary search. */
    private static final class Node<T> {
        private char[] keys = new char[0];
        private Node<T>[] children = newArray(0);
        final List<Candidate<T>> entries = new ArrayList<>(1);

        /** For a node with many children (the root above all), its ASCII children by character; else null. */
        private Node<T>[] ascii;

        Node<T> next(char c) {
            if (ascii != null && c < ASCII) {
                return ascii[c];
            }
            char[] k = keys;
            if (k.length <= LINEAR) {
                // most nodes have a child or two: a plain scan beats a binary search there
                for (int i = 0; i < k.length; i++) {
                    if (k[i] == c) {
                        return children[i];
                    }
                }
                return null;
            }
            int i = Arrays.binarySearch(k, c);
            return i >= 0 ? children[i] : null;
        }

        /**
         * Once the trie is built: a node with many children, which every word of the text searched
         * passes through (the root) or many do, finds an ASCII child by a table instead of a search.
         */
        void index() {
            if (keys.length >= WIDE) {
                ascii = newArray(ASCII);
                for (int i = 0; i < keys.length; i++) {
                    if (keys[i] < ASCII) {
                        ascii[keys[i]] = children[i];
                    }
                }
            }
            for (Node<T> child : children) {
                child.index();
            }
        }

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

    private final Node<T> root = new Node<>();

    public Gazetteer(List<Entry<T>> entries) {
        for (Entry<T> entry : entries) {
            add(entry);
        }
        root.index();
    }

    private void add(Entry<T> entry) {
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
            i++;
        }
        return matches;
    }

    public List<Match<T>> findAll(CharSequence text) {
        return findAll(text, 0, text.length());
    }

    /** The longest name that starts exactly at {@code start}, or null. */
    public Match<T> longestAt(CharSequence text, int start, int to) {
        Node<T> node = root;
        Match<T> best = null;
        char previous = 0;
        for (int i = start; i < to; i++) {
            char c = lowerFold(text.charAt(i));
            if (c == ' ' && previous == ' ') {
                continue;
            }
            node = node.next(c);
            if (node == null) {
                break;
            }
            previous = c;
            if (!node.entries.isEmpty() && endsWord(text, i + 1, to)) {
                Entry<T> entry = accepted(node.entries, text, start, i + 1);
                if (entry != null) {
                    best = new Match<>(start, i + 1, entry.target(), entry.name());
                }
            }
        }
        return best;
    }

    private static <T> Entry<T> accepted(List<Candidate<T>> entries, CharSequence text, int start, int end) {
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
