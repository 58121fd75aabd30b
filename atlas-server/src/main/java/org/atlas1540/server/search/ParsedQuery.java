package org.atlas1540.server.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The search syntax, read as PostgreSQL's {@code websearch_to_tsquery} reads it, so that both
 * indexes understand a query alike: words must all occur; {@code "a phrase"} in quotes; {@code or}
 * between alternatives; {@code -word} leaves a word out. Nothing else is an operator: parentheses,
 * colons, stars and the like are punctuation, which the analysis drops. Any text is a valid
 * query: an unclosed quote runs to the end, a dangling {@code or} or {@code -} is ignored.
 *
 * @param alternatives the groups that {@code or} separates; each is a conjunction of terms
 */
record ParsedQuery(List<List<Term>> alternatives) {
    /** Terms beyond this many are dropped: they would only slow the query down. */
    static final int MAX_TERMS = 32;

    ParsedQuery {
        alternatives = alternatives.stream().map(List::copyOf).toList();
    }

    /**
     * @param text     a word or a phrase, as typed
     * @param phrase   quoted: its words must occur in this order
     * @param excluded preceded by {@code -}: documents with it do not match
     */
    record Term(String text, boolean phrase, boolean excluded) {
    }

    static ParsedQuery parse(String query) {
        var alternatives = new ArrayList<List<Term>>();
        var current = new ArrayList<Term>();
        int terms = 0;
        int i = 0;
        int n = query.length();
        while (i < n && terms < MAX_TERMS) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(query.charAt(i + 1))) {
                excluded = true;
                i++;
                c = query.charAt(i);
            }
            if (c == '"') {
                int close = query.indexOf('"', i + 1);
                int end = close < 0 ? n : close;
                String phrase = query.substring(i + 1, end).strip();
                if (!phrase.isEmpty()) {
                    current.add(new Term(phrase, true, excluded));
                    terms++;
                }
                i = close < 0 ? n : close + 1;
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(query.charAt(i)) && query.charAt(i) != '"') {
                i++;
            }
            String word = query.substring(start, i);
            if (!excluded && word.toLowerCase(Locale.ROOT).equals("or")) {
                if (!current.isEmpty()) {
                    alternatives.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            current.add(new Term(word, false, excluded));
            terms++;
        }
        if (!current.isEmpty()) {
            alternatives.add(current);
        }
        return new ParsedQuery(alternatives);
    }

    boolean isEmpty() {
        return alternatives.isEmpty();
    }
}
