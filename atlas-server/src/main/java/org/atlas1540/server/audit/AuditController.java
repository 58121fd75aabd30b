package org.atlas1540.server.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.atlas1540.server.web.SafeCsv;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit log for administrators (only they reach {@code /admin/**}): every change, newest first,
 * filtered by record type, record, actor and days; one record's changes with before and after side
 * by side; both also as CSV. Read only: nothing here, nor anywhere, changes an entry.
 */
@Controller
class AuditController {
    /** The audit log's CSV columns; before and after stay JSON. */
    static final List<String> CSV_HEADER = List.of("id", "at", "actor", "record_type", "record_id", "action", "before",
            "after");
    static final String LOG = "/admin/audit";
    static final int PAGE_SIZE = 50;
    /** The CSV holds at most this many entries, newest first (narrow the filter for older ones). */
    static final int CSV_LIMIT = 100_000;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping(LOG)
    String log(@RequestParam(required = false) String type, @RequestParam(required = false) String record,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String page, Model model,
            HttpServletResponse response) {
        var reader = new AuditFilterReader();
        AuditFilter filter = reader.read(type, record, actor, from, to);
        if (!reader.problems().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        long total = audit.count(filter);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int number = Math.min(AuditFilterReader.page(page), pages);
        model.addAttribute("entries", audit.find(filter, (number - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                .map(AuditLine::of).toList());
        model.addAttribute("total", total);
        model.addAttribute("page", number);
        model.addAttribute("pages", pages);
        model.addAttribute("previous", number > 1 ? address(LOG, type, record, actor, from, to, number - 1) : null);
        model.addAttribute("next", number < pages ? address(LOG, type, record, actor, from, to, number + 1) : null);
        model.addAttribute("csv", address(LOG + ".csv", type, record, actor, from, to, 0));
        model.addAttribute("problems", reader.problems());
        model.addAttribute("types", audit.recordTypes());
        model.addAttribute("type", type == null ? "" : type);
        model.addAttribute("record", record == null ? "" : record);
        model.addAttribute("actor", actor == null ? "" : actor);
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        return "audit/log";
    }

    @GetMapping(LOG + ".csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String type,
            @RequestParam(required = false) String record, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        var reader = new AuditFilterReader();
        AuditFilter filter = reader.read(type, record, actor, from, to);
        if (!reader.problems().isEmpty()) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body(String.join("\n", reader.problems().entrySet().stream()
                            .map(p -> p.getKey() + ": " + p.getValue()).toList()).getBytes(
                                    StandardCharsets.UTF_8));
        }
        return SafeCsv.download("atlas-1540-audit-log.csv", SafeCsv.write(CSV_HEADER,
                audit.find(filter, 0, CSV_LIMIT).stream().map(e -> List.of(Long.toString(e.id()), e.at().toString(),
                        e.actor(), e.recordType(), e.recordId(), e.action(), SafeCsv.text(e.beforeJson()),
                        SafeCsv.text(e.afterJson()))).toList()));
    }

    @GetMapping(LOG + "/{type}/{id}")
    String record(@PathVariable String type, @PathVariable String id, Model model) {
        List<AuditLine> entries = audit.of(type, id).stream().map(AuditLine::of).toList();
        model.addAttribute("type", type);
        model.addAttribute("id", id);
        model.addAttribute("entries", entries);
        model.addAttribute("csv", address(LOG + ".csv", type, id, null, null, null, 0));
        return "audit/record";
    }

    private static String address(String path, String type, String record, String actor, String from, String to,
            int page) {
        var uri = UriComponentsBuilder.fromPath(path);
        add(uri, "type", type);
        add(uri, "record", record);
        add(uri, "actor", actor);
        add(uri, "from", from);
        add(uri, "to", to);
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value);
        }
    }
}
