package org.atlas1540.notes;

/** Where a note came from: its path as given, the SHA-256 of its bytes, and the detected media type. */
public record SourceInfo(String path, String sha256, String mediaType) {
}
