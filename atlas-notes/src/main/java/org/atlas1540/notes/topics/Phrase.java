package org.atlas1540.notes.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.atlas1540.notes.Topic;

/**
 * A phrase that signals a topic, or that signals none and only keeps its words from being read
 * as another phrase (an "ignored" phrase, such as "chemical and biological weapons").
 *
 * @param topic         the topic, or null for an ignored phrase
 * @param words         the words in order: lower case, unless case-sensitive
 * @param caseSensitive whether the words must be written exactly so (acronyms: "NAP" is not "nap")
 */
record Phrase(Topic topic, List<String> words, boolean caseSensitive) {

    Phrase {
        words = List.copyOf(words);
    }

    /**
     * The phrases a rule stands for. Words are separated by blanks or hyphens; a word ending in
     * "(s)" is written both without and with "s": "point(s) of contact" is "point of contact" and
     * "points of contact".
     */
    static List<Phrase> expand(Topic topic, String rule, boolean caseSensitive) {
        List<List<String>> variants = new ArrayList<>();
        variants.add(List.of());
        for (String word : rule.split("[\\s-]+")) {
            String written = caseSensitive ? word : word.toLowerCase(Locale.ROOT);
            List<String> spellings = written.endsWith("(s)")
                    ? List.of(written.substring(0, written.length() - 3), written.replace("(s)", "s"))
                    : List.of(written);
            List<List<String>> longer = new ArrayList<>();
            for (List<String> prefix : variants) {
                for (String spelling : spellings) {
                    List<String> words = new ArrayList<>(prefix);
                    words.add(spelling);
                    longer.add(words);
                }
            }
            variants = longer;
        }
        return variants.stream().map(words -> new Phrase(topic, words, caseSensitive)).toList();
    }

    /**
     * Where this phrase ends if it starts with the word {@code text[start, end)}, or -1. The first
     * word is already known to match ignoring case.
     */
    int matchAt(char[] text, int start, int end) {
        if (caseSensitive && !Words.regionEquals(text, start, end, words.get(0), false)) {
            return -1;
        }
        int wordEnd = end;
        for (int i = 1; i < words.size(); i++) {
            int wordStart = Words.next(text, wordEnd);
            if (wordStart < 0) {
                return -1;
            }
            wordEnd = Words.end(text, wordStart);
            if (!Words.regionEquals(text, wordStart, wordEnd, words.get(i), !caseSensitive)) {
                return -1;
            }
        }
        return wordEnd;
    }
}
