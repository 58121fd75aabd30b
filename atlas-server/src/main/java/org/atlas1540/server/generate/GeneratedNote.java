package org.atlas1540.server.generate;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A generated information note and the record a careful reader takes from it.
 *
 * @param name     the file name without extension, unique within a generated set ("00042-2013-05-09-belgrade-workshop")
 * @param text     the note, as plain text
 * @param expected the expected record, JSON in the shape of the evaluation corpus's expected files
 */
public record GeneratedNote(String name, String text, String expected) {
    public GeneratedNote {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(expected, "expected");
    }

    /** The note as a file holds it: UTF-8. */
    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public String fileName() {
        return name + ".txt";
    }
}
