package org.atlas1540.server.importing;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.atlas1540.reference.ReferenceData;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The import page: upload a note, see what was read from it, then confirm to store it. Nothing is
 * stored before the confirmation; between the two steps the file is kept under the data folder by
 * its SHA-256 ({@link UploadStaging}), and the confirmation form carries a token that only this
 * server can make ({@link ConfirmTokens}). Only for editors (account module).
 */
@Controller
class ImportController {
    static final String PAGE = "/import";
    private static final String VIEW = "importing/upload";
    private static final Set<String> DONE = Set.of("imported", "updated", "unchanged");

    private final NoteImporter importer;
    private final UploadStaging staging;
    private final ConfirmTokens tokens;
    private final UploadLimit limit;

    ImportController(NoteImporter importer, UploadStaging staging, ConfirmTokens tokens, UploadLimit limit) {
        this.importer = importer;
        this.staging = staging;
        this.tokens = tokens;
        this.limit = limit;
    }

    @GetMapping(PAGE)
    String form(@RequestParam(required = false) String event, @RequestParam(required = false) String status,
            Model model) {
        if (event != null && event.matches("[a-z0-9-]{1,200}") && status != null && DONE.contains(status)) {
            model.addAttribute("doneEvent", event);
            model.addAttribute("doneStatus", status);
        }
        return page(model);
    }

    @PostMapping(PAGE)
    String preview(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            HttpServletResponse response) {
        Upload upload = Upload.of(file, limit);
        ImportPreview preview = importer.preview(upload.fileName(), upload.bytes());
        model.addAttribute("fileName", upload.fileName());
        switch (preview.wouldBe()) {
            case FAILED -> {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                model.addAttribute("error", "This file cannot be imported: " + preview.reading().failure() + ".");
            }
            case UNCHANGED -> model.addAttribute("alreadyStored", preview.eventSlug());
            default -> {
                String sha256 = preview.reading().sha256();
                staging.keep(sha256, upload.bytes());
                model.addAttribute("preview", NotePreview.of(preview.reading().note(), ReferenceData.standard()));
                model.addAttribute("wouldBe", preview.wouldBe().word());
                model.addAttribute("eventSlug", preview.eventSlug());
                model.addAttribute("sha256", sha256);
                model.addAttribute("token", tokens.sign(sha256, upload.fileName()));
            }
        }
        return page(model);
    }

    @PostMapping(PAGE + "/confirm")
    Object confirm(@RequestParam(required = false) String sha256, @RequestParam(required = false) String name,
            @RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        if (!tokens.verify(sha256, name, token)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("error", "This confirmation is not valid (the server may have restarted since the "
                    + "preview). Upload the file again.");
            return page(model);
        }
        Optional<byte[]> bytes = staging.take(sha256);
        if (bytes.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("error", "The uploaded file is no longer here (previews are kept for a day). "
                    + "Upload it again.");
            return page(model);
        }
        ImportResult result = importer.importBytes(name, bytes.get());
        staging.remove(sha256);
        if (result.failed()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", "The note could not be stored: " + result.reason() + ".");
            return page(model);
        }
        // 303: the browser fetches the page with GET, so that reloading it does not post the form again.
        var done = new RedirectView(PAGE + "?event=" + result.eventSlug() + "&status="
                + result.status().word(), true);
        done.setStatusCode(HttpStatus.SEE_OTHER);
        return done;
    }

    @ExceptionHandler(Upload.Refused.class)
    ModelAndView refused(Upload.Refused e) {
        return error(e.status(), capitalised(e.getMessage()) + ".");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        return error(HttpStatus.PAYLOAD_TOO_LARGE, capitalised(limit.tooLarge()) + ".");
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView notAnUpload() {
        return error(HttpStatus.BAD_REQUEST, "The upload could not be read. Choose a file and send the form again.");
    }

    private ModelAndView error(HttpStatus status, String message) {
        var page = new ModelAndView(VIEW, status);
        page.addObject("error", message);
        page.addObject("limit", limit.describe());
        return page;
    }

    private String page(Model model) {
        model.addAttribute("limit", limit.describe());
        return VIEW;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
