package org.atlas1540.notes.citations;

import java.util.List;
import java.util.Objects;
import org.atlas1540.notes.ResolutionCitation;

/**
 * Finds what a note cites or points to. Each list holds each item once, in order of first
 * appearance.
 *
 * <ul>
 *   <li>Resolutions: a number after "resolution(s)", "UNSCR", "SCR" or "S/RES/", with the year in
 *       parentheses after it, or the year of a well-known resolution when none is written
 *       ("resolution 1540" is 1540 (2004)); lists ("resolutions 1540 (2004), 1673 (2006) and
 *       1977 (2011)") give every item. A written year wins over the known one.</li>
 *   <li>E-mail addresses, without sentence punctuation after them; the same address in another
 *       case counts once, as first written.</li>
 *   <li>Web addresses starting "http://", "https://", "ftp://" or "www.", as written, without
 *       sentence punctuation or an unmatched closing parenthesis after them.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; every search is linear in the length of the text.
 */
public final class CitationFinder {
    private static final ResolutionReader RESOLUTIONS = new ResolutionReader();
    private static final EmailReader EMAILS = new EmailReader();
    private static final UrlReader URLS = new UrlReader();

    public List<ResolutionCitation> resolutions(CharSequence text) {
        return RESOLUTIONS.read(Objects.requireNonNull(text, "text").toString());
    }

    public List<String> emails(CharSequence text) {
        return EMAILS.read(Objects.requireNonNull(text, "text").toString());
    }

    public List<String> urls(CharSequence text) {
        return URLS.read(Objects.requireNonNull(text, "text").toString());
    }
}
