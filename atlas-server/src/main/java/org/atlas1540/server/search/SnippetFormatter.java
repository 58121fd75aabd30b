package org.atlas1540.server.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Turns the highlighter's passages into {@link Snippet}s: text and marked matches, no HTML. */
final class SnippetFormatter extends PassageFormatter {

    @Override
    public Object format(Passage[] passages, String content) {
        var snippets = new ArrayList<Snippet>(passages.length);
        for (Passage passage : passages) {
            snippets.add(snippet(passage, content));
        }
        return List.copyOf(snippets);
    }

    private static Snippet snippet(Passage passage, String content) {
        var snippet = new Snippet.Builder();
        int pos = passage.getStartOffset();
        for (int i = 0; i < passage.getNumMatches(); i++) {
            int start = passage.getMatchStarts()[i];
            int end = passage.getMatchEnds()[i];
            // Matches may overlap (a word and a phrase containing it): mark each character once.
            if (start > pos) {
                snippet.text(content.substring(pos, start));
            }
            if (end > pos) {
                snippet.mark(content.substring(Math.max(pos, start), end));
                pos = end;
            }
        }
        snippet.text(content.substring(pos, Math.max(pos, passage.getEndOffset())));
        return snippet.build();
    }
}
