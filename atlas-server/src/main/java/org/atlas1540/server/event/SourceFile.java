package org.atlas1540.server.event;

import java.util.Objects;

/**
 * A file as it was given for import.
 *
 * @param fileName the file's name, without folders
 * @param bytes    its content, unchanged
 * @param origin   where it came from
 */
public record SourceFile(String fileName, byte[] bytes, SourceOrigin origin) {
    public SourceFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(origin, "origin");
    }
}
