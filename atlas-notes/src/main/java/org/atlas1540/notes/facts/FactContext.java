package org.atlas1540.notes.facts;

import java.util.List;
import java.util.Locale;
import org.atlas1540.notes.Span;
import org.atlas1540.notes.names.Gazetteer;
import org.atlas1540.notes.names.Known;
import org.atlas1540.notes.names.NameIndex;
import org.atlas1540.notes.text.Keywords;
import org.atlas1540.reference.StateCode;

/**
 * What a fact finder reads: the note's text (also as an array of characters, which every finder
 * scans), the sentences of its body, and the host State (the venue's country), which notes call
 * "the host".
 */
record FactContext(String text, char[] chars, List<Span> sentences, NameIndex names, StateCode host) {

    FactContext(String text, List<Span> sentences, NameIndex names, StateCode host) {
        this(text, text.toCharArray(), sentences, names, host);
    }

    /** Whether one of {@code words} starts a word in the span: the finders' cheap test before a pattern. */
    boolean anyIn(Keywords words, Span span) {
        return words.anyIn(chars, span.start(), span.end());
    }

    String sentence(Span span) {
        return span.of(text);
    }

    String lower(Span span) {
        return span.of(text).toLowerCase(Locale.ROOT);
    }

    /** The distinct States named in the span, in order (not counting names inside organisation names). */
    java.util.Set<StateCode> stateCodes(Span span) {
        var codes = new java.util.LinkedHashSet<StateCode>();
        for (Gazetteer.Match<Known> match : states(span)) {
            codes.add(match.target().state());
        }
        return codes;
    }

    /** The States named in the sentence (not counting names inside organisation names). */
    List<Gazetteer.Match<Known>> states(Span span) {
        return names.states(text, span.start(), span.end());
    }
}
