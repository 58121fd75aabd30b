package org.atlas1540.notes.layout;

import org.atlas1540.notes.Span;
import org.atlas1540.notes.text.Spaces;

/**
 * One labelled field of a note's header.
 *
 * @param label     which field
 * @param labelText the label as written ("Organizers")
 * @param value     where the value is in the normalised text (may be empty)
 */
public record HeaderField(FieldLabel label, String labelText, Span value) {

    /** The value with every run of white space made one space. */
    public String valueText(String text) {
        return Spaces.collapse(value.of(text)).trim();
    }
}
