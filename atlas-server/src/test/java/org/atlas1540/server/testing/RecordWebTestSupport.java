package org.atlas1540.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Web tests of the records (plans, visits, recommendations) through real HTTP, on the shared
 * server of {@link WebTestSupport}: each test starts with no records, and The Hague note (which has
 * a recommendations section) imported beside the samples.
 */
public abstract class RecordWebTestSupport extends ApiTestSupport {
    @Autowired
    protected JdbcClient jdbc;

    protected String theHague;

    @BeforeEach
    void noRecords() {
        for (String table : List.of("recommendation_follow_ups", "recommendations", "country_visits", "action_plans")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        theHague = RecordNotes.imported(importer, RecordNotes.THE_HAGUE);
    }

    /** A CSV download: 200, text/csv, an attachment with a byte order mark; its rows by header. */
    protected List<CSVRecord> csv(String path) {
        HttpResponse<byte[]> response = getBytes(path);
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment; filename=").endsWith(".csv\""));
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (var parser = CSVParser.parse(text.substring(1),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
