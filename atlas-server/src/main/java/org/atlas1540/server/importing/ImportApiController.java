package org.atlas1540.server.importing;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/imports}: imports one note sent as {@code multipart/form-data} in the part
 * {@code file}. 201 with the event's link when it was stored (a new event, or a new revision of
 * one), 200 with the link when these exact bytes were stored before; a bad upload gets 4xx problem
 * details (RFC 9457) and stores nothing. Only for editors: a signed-in session or an API token.
 */
@RestController
class ImportApiController {
    static final String API = "/api/v1/imports";
    private final NoteImporter importer;
    private final UploadLimit limit;

    ImportApiController(NoteImporter importer, UploadLimit limit) {
        this.importer = importer;
        this.limit = limit;
    }

    @PostMapping(API)
    ResponseEntity<?> importNote(@RequestParam(name = "file", required = false) MultipartFile file) {
        Upload upload = Upload.of(file, limit);
        ImportResult result = importer.importBytes(upload.fileName(), upload.bytes());
        if (result.failed()) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Not an information note that can be read",
                    capitalised(result.reason()) + ".");
        }
        URI event = URI.create("/events/" + result.eventSlug());
        var body = new LinkedHashMap<String, Object>();
        body.put("status", result.status().word());
        body.put("event", event.toString());
        body.put("slug", result.eventSlug());
        body.put("file", upload.fileName());
        if (result.status() == ImportStatus.UNCHANGED) {
            return ResponseEntity.ok().location(event).body(body);
        }
        return ResponseEntity.created(event).body(body);
    }

    @ExceptionHandler(Upload.Refused.class)
    ResponseEntity<ProblemDetail> refused(Upload.Refused e) {
        return problem(e.status(), e.status() == HttpStatus.PAYLOAD_TOO_LARGE ? "File too large" : "No note to import",
                capitalised(e.getMessage()) + ".");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge() {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "File too large", capitalised(limit.tooLarge()) + ".");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart() {
        return problem(HttpStatus.BAD_REQUEST, "No note to import",
                "Send the note as multipart/form-data, in a part named 'file'.");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(API));
        return ResponseEntity.status(status).body(problem);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
