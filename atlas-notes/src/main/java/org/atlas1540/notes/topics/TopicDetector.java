package org.atlas1540.notes.topics;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.atlas1540.notes.Topic;

/**
 * Tells which topics of the controlled vocabulary a text is about, by the phrases documented in
 * {@code docs/topics.md}.
 *
 * <p>Rules: phrases match whole words (so "border" matches "borders" only because "borders" is
 * listed, and never "borderline"), without regard to case except for acronyms ("NAP", "BWC");
 * words of a phrase may be separated by blanks, one line break or a hyphen ("capacity-building",
 * "capacity building"). At each word the longest phrase that starts there wins and its words are
 * not read again; some phrases signal no topic and exist only to hide their words (the
 * resolution's scope, "chemical and biological weapons").
 *
 * <p>Immutable and thread-safe; one pass over the text, allocating nothing per word.
 */
public final class TopicDetector {
    private static final PhraseIndex INDEX = new PhraseIndex(TopicVocabulary.phrases());

    /** The topics the text is about, in the order of {@link Topic}; each once. */
    public List<Topic> detect(CharSequence text) {
        Objects.requireNonNull(text, "text");
        // read as an array: every character is read at least once, several times in a phrase's
        // first word, and an array is read faster than a string (nothing to ask it before each read)
        return detect(text.toString().toCharArray());
    }

    /** The topics the text is about, as {@link #detect(CharSequence)}; the array is only read. */
    public List<Topic> detect(char[] text) {
        Objects.requireNonNull(text, "text");
        Set<Topic> found = EnumSet.noneOf(Topic.class);
        var words = new WordBounds(text);
        int k = 0;
        while (k < words.count()) {
            int readTo = readPhraseAt(text, words.start(k), words.end(k), found);
            // on with the first word after what was read (a phrase's words are not read again)
            do {
                k++;
            } while (k < words.count() && words.start(k) < readTo);
        }
        return List.copyOf(found);
    }

    /** Reads the longest phrase starting with the word {@code text[start, end)}; returns where reading goes on. */
    private static int readPhraseAt(char[] text, int start, int end, Set<Topic> found) {
        for (Phrase phrase : INDEX.startingWith(text, start, end)) {
            int phraseEnd = phrase.matchAt(text, start, end);
            if (phraseEnd >= 0) {
                if (phrase.topic() != null) {
                    found.add(phrase.topic());
                }
                return phraseEnd;
            }
        }
        return end;
    }
}
