package org.atlas1540.server.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * A note file as it was uploaded: its name without folders, and its bytes. Made only from an
 * upload that is there, not empty and within the limit; anything else is refused with a message.
 */
record Upload(String fileName, byte[] bytes) {
    private static final int MAX_NAME = 200;

    /** Why an upload cannot be taken, and the HTTP status that says so. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final HttpStatus status;

        Refused(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }

        HttpStatus status() {
            return status;
        }
    }

    static Upload of(MultipartFile file, UploadLimit limit) {
        if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
            throw new Refused(HttpStatus.BAD_REQUEST, "no file was sent: choose a note to upload");
        }
        if (file.isEmpty()) {
            throw new Refused(HttpStatus.BAD_REQUEST, "the file is empty: there is nothing to read");
        }
        if (file.getSize() > limit.bytes()) {
            throw new Refused(HttpStatus.PAYLOAD_TOO_LARGE, limit.tooLarge(file.getSize()));
        }
        try {
            return new Upload(fileName(file.getOriginalFilename()), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        }
    }

    /** The last part of the name a browser gave, without control characters; "note" if none is left. */
    static String fileName(String given) {
        if (given == null) {
            return "note";
        }
        String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "note";
        }
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }
}
