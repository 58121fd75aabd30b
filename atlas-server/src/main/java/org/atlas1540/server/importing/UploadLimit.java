package org.atlas1540.server.importing;

import org.atlas1540.notes.source.SourceDecoder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The largest note that can be uploaded or read ({@code atlas.import.max-upload-size}, 20 MB by
 * default); {@code spring.servlet.multipart.max-file-size} is set from it.
 */
@Component
class UploadLimit {
    private final long bytes;

    UploadLimit(@Value("${atlas.import.max-upload-size:20MB}") DataSize limit) {
        this.bytes = limit.toBytes();
    }

    long bytes() {
        return bytes;
    }

    /** "the file is 25.3 MB; the limit for a note is 20 MB", as the reader says it. */
    String tooLarge(long size) {
        return SourceDecoder.tooLarge(size, bytes);
    }

    /** When the size is not known (the upload was cut off at the limit). */
    String tooLarge() {
        return "the file is larger than the limit for a note, " + describe();
    }

    /** "20 MB", "64 KB". */
    String describe() {
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
                : bytes >= 1024 ? (bytes + 1023) / 1024 + " KB" : bytes + " bytes";
    }
}
