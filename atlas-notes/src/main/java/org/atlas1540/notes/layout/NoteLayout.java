package org.atlas1540.notes.layout;

import java.util.List;
import java.util.Optional;
import org.atlas1540.notes.Section;

/**
 * The shape of a note: its header fields in the order written, and its body sections.
 *
 * @param bodyStart the offset where the body (after the header) starts
 */
public record NoteLayout(List<HeaderField> fields, List<Section> sections, int bodyStart) {
    public NoteLayout {
        fields = List.copyOf(fields);
        sections = List.copyOf(sections);
    }

    /** The first field with this label, if the header has one. */
    public Optional<HeaderField> field(FieldLabel label) {
        return fields.stream().filter(f -> f.label() == label).findFirst();
    }
}
