package org.atlas1540.server.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.atlas1540.server.AtlasServer;
import org.atlas1540.server.generate.GeneratedNote;
import org.atlas1540.server.generate.NoteGenerator;
import org.atlas1540.server.testing.TestData;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Import speed on the embedded database beside its yardstick (issue 3: at least 1,000 notes/s, and
 * at least half the speed of plain JDBC batches). First imports the notes as {@code atlas import}
 * does (the application without web server, {@link NoteImporter#importFiles}, timed to the end of
 * the application's close, which brings the search index up to date and saves both stores). Then
 * reads back every row that import wrote and inserts exactly those rows into a new database of the
 * same schema and settings with plain JDBC: one prepared statement per table, batches, a commit per
 * chunk of notes as large as the import's, the same H2 settings, timed to the close of the database. Off in the normal
 * build; run with {@code -Datlas.bench.import=h2}; see docs/benchmarks.md. The report is written to
 * {@code target/benchmarks/import-h2.md}.
 */
@EnabledIfSystemProperty(named = "atlas.bench.import", matches = "h2")
class ImportBenchmark {
    private static final int COUNT = Integer.getInteger("atlas.bench.import.count", 10_000);
    private static final long SEED = Long.getLong("atlas.bench.import.seed", 7);
    private static final String NOTES = System.getProperty("atlas.bench.import.notes");
    /**
     * Import the notes once into a throw-away database first, so that the timed import runs compiled
     * code, as the yardstick does (it runs after the import). On by default; {@code false} times the
     * import in a fresh JVM, its JIT compilation included, which the yardstick never pays.
     */
    private static final boolean WARM_UP = Boolean.parseBoolean(System.getProperty("atlas.bench.import.warm-up",
            "true"));
    private static final double LIMIT = 1_000;
    /** The tables the import writes, in an order that their foreign keys allow. */
    private static final List<String> EVENT_TABLES = List.of("source_documents", "events", "event_revisions",
            "event_parties", "sections", "event_topics", "event_resolutions", "facts", "event_warnings");
    private static final List<String> REFERENCE_TABLES = List.of("states", "state_groups", "organisations",
            "organisation_aliases");

    @Test
    void importBesidePlainJdbcBatchesOfTheSameRows() throws Exception {
        List<Path> files = notes();
        double loadBefore = loadAverage();

        if (WARM_UP) {
            importInto(TestData.newDirectory("bench-warm-up"), files);
        }
        Path imported = TestData.newDirectory("bench-import");
        Timing importing = importInto(imported, files);

        Rows rows = Rows.read(url(imported));
        Path copy = TestData.newDirectory("bench-jdbc");
        Flyway.configure().dataSource(url(copy), "sa", "").locations("classpath:db/migration", "classpath:db/h2")
                .load().migrate();
        try (Connection connection = DriverManager.getConnection(url(copy), "sa", "")) {
            rows.insertReference(connection);
        }
        Timing jdbc = time(() -> {
            try (Connection connection = DriverManager.getConnection(url(copy), "sa", "")) {
                rows.insertEvents(connection, ImportPipeline.CHUNK);
            }
        }, rows.notes());

        String report = report(files.size(), rows, importing, jdbc, loadBefore, loadAverage());
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "import-h2.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertThat(importing.perSecond()).as("import, notes/s (limit %s)", LIMIT).isGreaterThanOrEqualTo(LIMIT);
        assertThat(importing.perSecond() / jdbc.perSecond()).as("import / plain JDBC (limit 0.5)")
                .isGreaterThanOrEqualTo(0.5);
    }

    /** Imports as {@code atlas import} does, timed as it times itself: from the started application to the end of its close. */
    private static Timing importInto(Path data, List<Path> files) throws Exception {
        var context = new SpringApplicationBuilder(AtlasServer.class).web(WebApplicationType.NONE)
                .run("--atlas.data-dir=" + data, "--atlas.demo=false", "--logging.level.org.atlas1540=WARN",
                        "--atlas.h2.url-options=" + NoteImporter.BULK_H2_OPTIONS);
        return time(() -> {
            try (context) {
                ImportSummary summary = context.getBean(NoteImporter.class).importFiles(files, result -> { });
                assertThat(summary.count(ImportStatus.IMPORTED)).as(summary.line()).isEqualTo(files.size());
            }
        }, files.size());
    }

    /** The notes of {@code atlas.bench.import.notes}, or as many generated ones (seed 7) in a new folder. */
    private static List<Path> notes() throws IOException {
        Path folder;
        if (NOTES != null) {
            folder = Path.of(NOTES);
        } else {
            folder = TestData.newDirectory("bench-notes");
            var generator = new NoteGenerator(SEED);
            for (int i = 0; i < COUNT; i++) {
                GeneratedNote note = generator.note(i);
                Files.write(folder.resolve(note.fileName()), note.bytes());
            }
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The same URL as the application's ({@code application.properties}). */
    private static String url(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath() + "/atlas;AUTO_SERVER=FALSE"
                + NoteImporter.BULK_H2_OPTIONS;
    }

    private interface Work {
        void run() throws Exception;
    }

    /** Wall-clock and CPU seconds (all threads of this process) for a number of notes. */
    private record Timing(int notes, double seconds, double cpuSeconds) {
        double perSecond() {
            return notes / seconds;
        }
    }

    private static Timing time(Work work, int notes) throws Exception {
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        work.run();
        return new Timing(notes, (System.nanoTime() - start) / 1e9, (processCpuNanos() - cpu) / 1e9);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Every row the import wrote, by table, grouped by the event each belongs to. */
    private record Rows(Map<String, List<String>> columns, Map<String, List<Object[]>> reference,
            TreeMap<Long, Map<String, List<Object[]>>> byEvent, Map<String, Integer> counts) {

        int notes() {
            return byEvent.size();
        }

        static Rows read(String url) throws SQLException {
            var columns = new HashMap<String, List<String>>();
            var reference = new HashMap<String, List<Object[]>>();
            var byEvent = new TreeMap<Long, Map<String, List<Object[]>>>();
            var counts = new HashMap<String, Integer>();
            try (Connection connection = DriverManager.getConnection(url, "sa", "");
                    Statement statement = connection.createStatement()) {
                for (String table : REFERENCE_TABLES) {
                    reference.put(table, select(statement, table, columns));
                }
                var eventOfSource = new HashMap<Long, Long>();
                try (ResultSet rs = statement.executeQuery(
                        "SELECT source_document_id, event_id FROM event_revisions")) {
                    while (rs.next()) {
                        eventOfSource.put(rs.getLong(1), rs.getLong(2));
                    }
                }
                for (String table : EVENT_TABLES) {
                    List<Object[]> all = select(statement, table, columns);
                    counts.put(table, all.size());
                    List<String> names = columns.get(table);
                    int key = table.equals("events") ? names.indexOf("ID") : table.equals("source_documents")
                            ? names.indexOf("ID") : names.indexOf("EVENT_ID");
                    for (Object[] row : all) {
                        long id = ((Number) row[key]).longValue();
                        long event = table.equals("source_documents") ? eventOfSource.get(id) : id;
                        byEvent.computeIfAbsent(event, e -> new HashMap<>())
                                .computeIfAbsent(table, t -> new ArrayList<>()).add(row);
                    }
                }
            }
            return new Rows(columns, reference, byEvent, counts);
        }

        private static List<Object[]> select(Statement statement, String table, Map<String, List<String>> columns)
                throws SQLException {
            var rows = new ArrayList<Object[]>();
            try (ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
                int n = rs.getMetaData().getColumnCount();
                var names = new ArrayList<String>();
                for (int i = 1; i <= n; i++) {
                    names.add(rs.getMetaData().getColumnName(i).toUpperCase(Locale.ROOT));
                }
                columns.put(table, names);
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = value(rs, i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }

        private static Object value(ResultSet rs, int column) throws SQLException {
            Object value = rs.getObject(column);
            if (value instanceof java.sql.Clob clob) {
                return clob.getSubString(1, (int) clob.length());
            }
            if (value instanceof java.sql.Blob blob) {
                return blob.getBytes(1, (int) blob.length());
            }
            if (value instanceof java.sql.Date date) {
                return date.toLocalDate();
            }
            if (value instanceof java.sql.Timestamp || value instanceof java.time.OffsetDateTime) {
                return rs.getObject(column, java.time.OffsetDateTime.class);
            }
            return value;
        }

        void insertReference(Connection connection) throws SQLException {
            connection.setAutoCommit(false);
            for (String table : REFERENCE_TABLES) {
                insert(connection, table, reference.get(table));
            }
            connection.commit();
        }

        /** The timed part: the events' rows, a chunk of notes per transaction, a batch per table. */
        void insertEvents(Connection connection, int chunk) throws SQLException {
            connection.setAutoCommit(false);
            var statements = new HashMap<String, PreparedStatement>();
            try {
                for (String table : EVENT_TABLES) {
                    statements.put(table, connection.prepareStatement(insertSql(table)));
                }
                List<Long> events = new ArrayList<>(byEvent.keySet());
                for (int from = 0; from < events.size(); from += chunk) {
                    List<Long> ids = events.subList(from, Math.min(events.size(), from + chunk));
                    for (String table : EVENT_TABLES) {
                        PreparedStatement insert = statements.get(table);
                        int added = 0;
                        for (long id : ids) {
                            for (Object[] row : byEvent.get(id).getOrDefault(table, List.of())) {
                                for (int i = 0; i < row.length; i++) {
                                    insert.setObject(i + 1, row[i]);
                                }
                                insert.addBatch();
                                added++;
                            }
                        }
                        if (added > 0) {
                            insert.executeBatch();
                        }
                    }
                    connection.commit();
                }
            } finally {
                for (PreparedStatement statement : statements.values()) {
                    statement.close();
                }
            }
        }

        private void insert(Connection connection, String table, List<Object[]> rows) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(insertSql(table))) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }

        private String insertSql(String table) {
            List<String> names = columns.get(table);
            return "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
        }
    }

    private static String report(int files, Rows rows, Timing importing, Timing jdbc, double loadBefore,
            double loadAfter) {
        var os = ManagementFactory.getOperatingSystemMXBean();
        var text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Import benchmark, H2, %,d notes (%s)%s%n%n", files, LocalDate.now(),
                WARM_UP ? ", after a warm-up import of the same notes" : ", the import in a fresh JVM"));
        text.append(String.format(Locale.ROOT, "Machine: %d cores, Java %s (%s); load average %.2f before, %.2f "
                        + "after (other processes included)%n", os.getAvailableProcessors(),
                System.getProperty("java.version"), String.join(" ", ManagementFactory.getRuntimeMXBean()
                        .getInputArguments().stream().filter(a -> a.startsWith("-XX")).toList()),
                loadBefore, loadAfter));
        text.append("Rows per table: ").append(String.join(", ", EVENT_TABLES.stream()
                .map(t -> String.format(Locale.ROOT, "%s %,d", t, rows.counts().get(t))).toList())).append("\n\n");
        text.append("| what | notes | seconds | notes/s | CPU seconds | limit |\n|---|---:|---:|---:|---:|---|\n");
        double ratio = importing.perSecond() / jdbc.perSecond();
        text.append(String.format(Locale.ROOT, "| import (read, store, index) | %,d | %.1f | %,.0f | %.1f | >= 1,000 "
                        + "notes/s: %s |%n", importing.notes(), importing.seconds(), importing.perSecond(),
                importing.cpuSeconds(), importing.perSecond() >= LIMIT ? "met" : "NOT met"));
        text.append(String.format(Locale.ROOT, "| plain JDBC batches, the same rows | %,d | %.1f | %,.0f | %.1f | |%n",
                jdbc.notes(), jdbc.seconds(), jdbc.perSecond(), jdbc.cpuSeconds()));
        text.append(String.format(Locale.ROOT, "| ratio import / JDBC | | | %.2f | | >= 0.5: %s |%n", ratio,
                ratio >= 0.5 ? "met" : "NOT met"));
        return text.toString();
    }
}
