package org.atlas1540.server.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV that spreadsheets open safely: UTF-8 with a byte order mark (so that Excel does not read it
 * as Windows-1252), CRLF line ends, and no cell that a spreadsheet would run as a formula. Every CSV
 * the server writes goes through it: the events' exports, the records' (plans, visits,
 * recommendations, assistance) and the audit log's.
 */
public final class SafeCsv {
    static final char BOM = '\uFEFF';
    /** {@code text/csv} in UTF-8. */
    public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private SafeCsv() {
    }

    /** The bytes of a CSV file: a header row, then the rows. */
    public static byte[] write(List<String> header, Iterable<List<String>> rows) {
        var bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                var csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            out.write(BOM);
            csv.printRecord(header.stream().map(SafeCsv::cell).toList());
            for (List<String> row : rows) {
                csv.printRecord(row.stream().map(SafeCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A value as a cell's text: its {@code toString()}, empty for null. */
    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** A CSV file as the answer to a download: {@code text/csv}, saved under {@code fileName}. */
    public static ResponseEntity<byte[]> download(String fileName, byte[] csv) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(csv);
    }

    /**
     * A cell as written: a note's text could start with {@code =}, {@code +}, {@code -} or {@code @}
     * (or a tab or carriage return), which a spreadsheet would run as a formula; such a cell is
     * prefixed with an apostrophe, which spreadsheets show as text. Null is an empty cell.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
