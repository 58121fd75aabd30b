package org.atlas1540.server.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.atlas1540.server.testing.ApiTestSupport;

/** Downloads an export over HTTP and reads it back with the libraries that spreadsheets' and calendars' peers use. */
abstract class ExportTestSupport extends ApiTestSupport {
    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** A CSV export: 200, text/csv in UTF-8, an attachment, a byte order mark; its header and rows. */
    Csv csv(String path) {
        HttpResponse<byte[]> response = getBytes(path);
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment; filename=").endsWith(".csv\""));
        byte[] body = response.body();
        assertThat(Arrays.copyOf(body, 3)).as("UTF-8 byte order mark").isEqualTo(UTF8_BOM);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        try (var parser = CSVParser.parse(text, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return new Csv(parser.getHeaderNames(), parser.getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A calendar feed: 200, text/calendar in UTF-8; its events, read by ical4j. */
    List<VEvent> calendar(String path) {
        var response = getBytes(path);
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        try {
            Calendar calendar = new CalendarBuilder()
                    .build(new StringReader(new String(response.body(), StandardCharsets.UTF_8)));
            return calendar.getComponents("VEVENT");
        } catch (IOException | ParserException e) {
            throw new AssertionError("the feed at " + path + " is not iCalendar: " + e.getMessage(), e);
        }
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow(() -> new AssertionError("no " + property)).getValue();
    }

    record Csv(List<String> header, List<CSVRecord> rows) {
        CSVRecord row(String column, String value) {
            return rows.stream().filter(r -> r.get(column).equals(value)).findFirst()
                    .orElseThrow(() -> new AssertionError("no row with " + column + " = " + value));
        }

        List<String> column(String name) {
            return rows.stream().map(r -> r.get(name)).toList();
        }
    }
}
