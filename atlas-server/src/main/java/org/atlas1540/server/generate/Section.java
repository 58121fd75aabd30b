package org.atlas1540.server.generate;

import java.util.List;
import org.atlas1540.notes.SectionKind;

/**
 * A section of a generated note: its heading (without numbering), the kind the reader gives it,
 * and its paragraphs, each a line of text (a list item starts with "- ").
 */
record Section(SectionKind kind, String heading, List<String> paragraphs) {
    Section {
        paragraphs = List.copyOf(paragraphs);
    }
}
