package org.atlas1540.notes.facts;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atlas1540.notes.Span;
import org.atlas1540.notes.names.Gazetteer;
import org.atlas1540.notes.names.Known;
import org.atlas1540.notes.names.NameIndex;
import org.atlas1540.notes.text.Keywords;
import org.atlas1540.notes.text.WordStarts;
import org.atlas1540.reference.StateCode;

/**
 * What a fact finder reads: the note's text (also with its word starts found once, which every
 * finder's keyword tests read), the sentences of its body, and the host State (the venue's
 * country), which notes call "the host". Several finders ask for the States of the same sentence:
 * the gazetteer reads each span once and the answer is kept.
 *
 * <p>One per note; not shared between threads.
 */
final class FactContext {
    private final String text;
    private final WordStarts words;
    private final List<Span> sentences;
    private final NameIndex names;
    private final StateCode host;
    private final Map<Span, List<Gazetteer.Match<Known>>> statesBySpan = new HashMap<>();
    /** The matchers of {@link #find}, one per pattern, each reset to the sentence it is asked about. */
    private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();
    private Span lastSpan;
    private String lastSentence;
    /** For each sentence, the {@link SentenceGates} that have a word in it, as bits. */
    private final long[] gates;

    FactContext(WordStarts words, List<Span> sentences, NameIndex names, StateCode host) {
        this.text = words.text();
        this.words = words;
        this.sentences = sentences;
        this.names = names;
        this.host = host;
        this.gates = new long[sentences.size()];
        for (int i = 0; i < gates.length; i++) {
            gates[i] = SentenceGates.presentIn(words, sentences.get(i).start(), sentences.get(i).end());
        }
    }

    String text() {
        return text;
    }

    List<Span> sentences() {
        return sentences;
    }

    StateCode host() {
        return host;
    }

    /**
     * Whether one of {@code keywords} starts a word in sentence {@code i} of {@link #sentences()}:
     * as {@code anyIn(keywords, sentences().get(i))}, answered from the pass made once for all
     * {@link SentenceGates} when {@code keywords} is one of them.
     */
    boolean anyInSentence(Keywords keywords, int i) {
        long bit = SentenceGates.bitOf(keywords);
        return bit != 0 ? (gates[i] & bit) != 0 : anyIn(keywords, sentences.get(i));
    }

    /** Whether one of {@code words} starts a word in the span: the finders' cheap test before a pattern. */
    boolean anyIn(Keywords keywords, Span span) {
        return keywords.anyIn(words, span.start(), span.end());
    }

    /**
     * Whether {@code pattern} finds a match in the span, exactly as
     * {@code starts.find(pattern, sentence(span))} would, with the keywords looked for at the word
     * starts of the note found once.
     */
    boolean find(Keywords starts, Pattern pattern, Span span) {
        // as starts.find(pattern, words, span.start(), span.end()), with one matcher per pattern
        // for the note, reset to each sentence, instead of a new matcher and sentence each time
        int at = starts.indexIn(words, span.start(), span.end());
        if (at < 0) {
            return false;
        }
        Matcher m = matchers.computeIfAbsent(pattern, p -> Keywords.anchorable(p, ""));
        m.reset(sentence(span));
        return starts.findFrom(m, words, span.start(), span.end(), at - span.start());
    }

    /**
     * As {@code starts.findFrom(matcher, sentence(span), from)}, for a matcher over
     * {@code sentence(span)} from {@link Keywords#anchorable}: the next match at or after
     * {@code from}, an offset in that sentence.
     */
    boolean findFrom(Keywords starts, Matcher matcher, Span span, int from) {
        return starts.findFrom(matcher, words, span.start(), span.end(), from);
    }

    /** Whether the span holds the character {@code c}. */
    boolean contains(Span span, char c) {
        char[] chars = words.chars();
        for (int i = span.start(); i < span.end(); i++) {
            if (chars[i] == c) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text of the span. The last one is kept: the finders ask for the same sentence several
     * times in a row (a keyword test, then a pattern, then another).
     */
    String sentence(Span span) {
        if (lastSpan == null || lastSpan.start() != span.start() || lastSpan.end() != span.end()) {
            lastSpan = span;
            lastSentence = span.of(text);
        }
        return lastSentence;
    }

    /** The distinct States named in the span, in order (not counting names inside organisation names); a new set. */
    Set<StateCode> stateCodes(Span span) {
        var codes = new LinkedHashSet<StateCode>();
        for (Gazetteer.Match<Known> match : states(span)) {
            codes.add(match.target().state());
        }
        return codes;
    }

    /** The States named in the span (not counting names inside organisation names); an unmodifiable list. */
    List<Gazetteer.Match<Known>> states(Span span) {
        return statesBySpan.computeIfAbsent(span, s -> names.states(words, s.start(), s.end()));
    }
}
