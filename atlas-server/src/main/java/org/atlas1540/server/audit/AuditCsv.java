package org.atlas1540.server.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit log as CSV, written as the exports are (UTF-8 with a byte order mark, CRLF, and a cell
 * that a spreadsheet would run as a formula prefixed with an apostrophe): before and after stay JSON.
 */
final class AuditCsv {
    static final List<String> HEADER = List.of("id", "at", "actor", "record_type", "record_id", "action",
            "before", "after");

    private AuditCsv() {
    }

    static byte[] write(List<AuditEntry> entries) {
        var bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                var csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            out.write('\uFEFF');
            csv.printRecord(HEADER);
            for (AuditEntry e : entries) {
                csv.printRecord(List.of(Long.toString(e.id()), e.at().toString(), cell(e.actor()), cell(e.recordType()),
                        cell(e.recordId()), cell(e.action()), cell(e.beforeJson()), cell(e.afterJson())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
