package org.atlas1540.server.event;

import java.util.Arrays;
import java.util.List;

/** A section of a note as its event page shows it: numbered, its text cut into paragraphs. */
record SectionView(int number, String heading, String kind, String text) {

    public List<String> paragraphs() {
        return Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
