package org.atlas1540.notes.citations;

import java.util.List;
import org.atlas1540.notes.ResolutionCitation;

/** STUB until the text-finders branch lands. */
public final class CitationFinder {
    public List<ResolutionCitation> resolutions(CharSequence text) {
        return List.of();
    }

    public List<String> emails(CharSequence text) {
        return List.of();
    }

    public List<String> urls(CharSequence text) {
        return List.of();
    }
}
