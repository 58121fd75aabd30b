package org.atlas1540.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.atlas1540.server.testing.EmbeddedPostgres;
import org.atlas1540.server.testing.TestData;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Search latency at 100,000 notes: builds an index of synthetic documents ({@link SyntheticNotes}),
 * then runs a fixed mix of searches as the page runs them (facets and snippets included) and
 * reports the percentiles beside the limit (p95 under 20 ms). Off in the normal build; run it with
 * {@code -Datlas.bench.search=lucene} (or {@code postgres}); see docs/benchmarks.md. The figures
 * are written to {@code target/benchmarks/search-BACKEND.md}.
 */
@EnabledIfSystemProperty(named = "atlas.bench.search", matches = "lucene|postgres")
class SearchBenchmark {
    private static final String BACKEND = System.getProperty("atlas.bench.search", "lucene");
    private static final int NOTES = Integer.getInteger("atlas.bench.search.notes", 100_000);
    private static final int QUERIES = Integer.getInteger("atlas.bench.search.queries", 3_000);
    private static final int WARM_UP = Integer.getInteger("atlas.bench.search.warm-up", 1_000);
    private static final int CLIENTS = Integer.getInteger("atlas.bench.search.clients", 2);
    private static final double LIMIT_MS = Double.parseDouble(System.getProperty("atlas.bench.search.limit-ms", "20"));
    private static final int BATCH = 1_000;
    /** Another PostgreSQL server than the embedded one (user postgres, no password), e.g. one with tuned settings. */
    private static final String POSTGRES_URL = System.getProperty("atlas.bench.search.postgres-url");
    /** Keep the documents of an earlier run when the index holds exactly as many: saves minutes per run. */
    private static final boolean REUSE = Boolean.getBoolean("atlas.bench.search.reuse");

    /** The mix: words, phrases, or, exclusions, filters, deeper pages, and no words at all (browsing). */
    private static final List<SearchRequest> MIX = List.of(
            request("export control", SearchFilters.none(), 1),
            request("biosecurity", SearchFilters.none(), 1),
            request("\"national action plan\"", SearchFilters.none(), 1),
            request("border security training", SearchFilters.none(), 1),
            request("customs or licensing", SearchFilters.none(), 1),
            request("assistance -nuclear", SearchFilters.none(), 1),
            request("OSCE", SearchFilters.none(), 2),
            request("Vienna", SearchFilters.none(), 1),
            request("points of contact", new SearchFilters(2013, null, null, null), 1),
            request("proliferation financing", new SearchFilters(null, "Europe", null, null), 1),
            request("legislation", new SearchFilters(null, null, "legislation", "workshop"), 1),
            request("resolution 1540", SearchFilters.none(), 3),
            request("chemical security laboratory", SearchFilters.none(), 1),
            request("", SearchFilters.none(), 1),
            request("", new SearchFilters(2019, "Africa", null, null), 1),
            request("zanzibarite", SearchFilters.none(), 1));

    @Test
    void searchLatencyAtOneHundredThousandNotes() throws Exception {
        var notes = new SyntheticNotes(1540);
        Path data = TestData.newDirectory("bench-search");
        try (Backend backend = BACKEND.equals("postgres") ? postgres() : lucene(data)) {
            long built = System.nanoTime();
            boolean reused = REUSE && backend.index.versions().size() == NOTES;
            int indexed = reused ? NOTES : backend.index.replaceAll(sink -> {
                for (int from = 1; from <= NOTES; from += BATCH) {
                    var batch = new ArrayList<SearchDocument>(BATCH);
                    for (int i = from; i < from + BATCH && i <= NOTES; i++) {
                        batch.add(notes.document(i));
                    }
                    sink.accept(batch);
                }
            });
            double buildSeconds = (System.nanoTime() - built) / 1e9;
            assertThat(indexed).isEqualTo(NOTES);

            run(backend.index, WARM_UP, 1);
            List<Sample> single = run(backend.index, QUERIES, 1);
            List<Sample> concurrent = run(backend.index, QUERIES, CLIENTS);

            String report = report(reused ? Double.NaN : buildSeconds, single, concurrent, backend.index);
            System.out.println(report);
            Path out = Path.of("target", "benchmarks", "search-" + BACKEND + ".md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            assertThat(percentile(single, false, 95)).as("p95 of one client, ms (limit %s)", LIMIT_MS).isLessThan(LIMIT_MS);
        }
    }

    /** One search: which request of the mix, its wall-clock time and its thread's CPU time, in ms. */
    private record Sample(int request, double wallMs, double cpuMs) {
    }

    /** Runs {@code count} searches of the mix over {@code clients} threads. */
    private static List<Sample> run(SearchIndex index, int count, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            var futures = new ArrayList<Future<List<Sample>>>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                    var samples = new ArrayList<Sample>();
                    for (int i = 0; i < count / clients; i++) {
                        int which = (i * clients + client) % MIX.size();
                        long cpu = threads.getCurrentThreadCpuTime();
                        long start = System.nanoTime();
                        SearchResults results = index.search(MIX.get(which));
                        long wall = System.nanoTime() - start;
                        samples.add(new Sample(which, wall / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6));
                        if (results.total() < 0) {
                            throw new AssertionError("impossible total");
                        }
                    }
                    return samples;
                }));
            }
            var all = new ArrayList<Sample>();
            for (Future<List<Sample>> f : futures) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static double percentile(List<Sample> samples, boolean cpu, double p) {
        double[] sorted = samples.stream().mapToDouble(s -> cpu ? s.cpuMs() : s.wallMs()).sorted().toArray();
        int rank = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static String report(double buildSeconds, List<Sample> single, List<Sample> concurrent,
            SearchIndex index) {
        var os = ManagementFactory.getOperatingSystemMXBean();
        var text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Search benchmark, %s, %,d synthetic notes (%s)%n%n", BACKEND, NOTES,
                java.time.LocalDate.now()));
        text.append(String.format(Locale.ROOT, "Machine: %d cores (%s), %s memory, Java %s; load average %.2f at "
                        + "the end (other processes included)%n", os.getAvailableProcessors(), cpuModel(),
                memory(), System.getProperty("java.version"), os.getSystemLoadAverage()));
        text.append(Double.isNaN(buildSeconds)
                ? String.format(Locale.ROOT, "Index of an earlier run reused; the mix has %d searches%n%n", MIX.size())
                : String.format(Locale.ROOT, "Index built in %.1f s (%.0f notes/s); the mix has %d searches%n%n",
                        buildSeconds, NOTES / buildSeconds, MIX.size()));
        text.append("| clients | searches | p50 ms | p95 ms | p99 ms | max ms | CPU p50 ms | CPU p95 ms | searches/s | "
                + "limit: p95 < " + fmt(LIMIT_MS) + " ms |\n");
        text.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        text.append(row(1, single));
        text.append(row(CLIENTS, concurrent));
        text.append("\nBy search (one client):\n\n| search | filters | page | hits | p50 ms | p95 ms | CPU p50 ms |\n"
                + "|---|---|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < MIX.size(); i++) {
            int which = i;
            List<Sample> mine = single.stream().filter(s -> s.request() == which).toList();
            SearchRequest request = MIX.get(i);
            text.append(String.format(Locale.ROOT, "| `%s` | %s | %d | %,d | %.1f | %.1f | %.1f |%n",
                    request.query().text(), request.filters().active().values(), request.page(),
                    index.search(request).total(), percentile(mine, false, 50), percentile(mine, false, 95),
                    percentile(mine, true, 50)));
        }
        return text.toString();
    }

    private static String row(int clients, List<Sample> samples) {
        double seconds = samples.stream().mapToDouble(Sample::wallMs).sum() / clients / 1000;
        double p95 = percentile(samples, false, 95);
        return String.format(Locale.ROOT, "| %d | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f | %s |%n", clients,
                samples.size(), percentile(samples, false, 50), p95, percentile(samples, false, 99),
                percentile(samples, false, 100), percentile(samples, true, 50), percentile(samples, true, 95),
                samples.size() / seconds, p95 < LIMIT_MS ? "met" : "NOT met");
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GB")
                    .orElse("unknown");
        } catch (IOException | NumberFormatException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static SearchRequest request(String query, SearchFilters filters, int page) {
        return new SearchRequest(SearchQuery.of(query), filters, page, 20);
    }

    private static Backend lucene(Path data) {
        var index = new LuceneSearchIndex(data);
        return new Backend(index, index::destroy);
    }

    private static Backend postgres() {
        var config = new HikariConfig();
        config.setJdbcUrl(POSTGRES_URL != null ? POSTGRES_URL : EmbeddedPostgres.jdbcUrl());
        config.setUsername("postgres");
        config.setMaximumPoolSize(CLIENTS + 2);
        var dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/postgresql")
                .cleanDisabled(false).load().migrate();
        var index = new PostgresSearchIndex(JdbcClient.create(dataSource), new NamedParameterJdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), new Regions());
        return new Backend(index, dataSource::close);
    }

    private record Backend(SearchIndex index, AutoCloseable closer) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            closer.close();
        }
    }
}
