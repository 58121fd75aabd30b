package org.atlas1540.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.atlas1540.server.testing.SharedFiles;
import org.atlas1540.server.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * {@code atlas reindex}, and the index's rebuild at start-up, end to end: real applications
 * without web server, one after the other on one H2 folder.
 */
class ReindexCommandTest {

    @Test
    void aLostIndexIsRebuiltAtTheNextStartAndByReindex() throws IOException {
        Path data = TestData.newDirectory("reindex-command");
        Path db = data.resolve("db");
        Path note = SharedFiles.sample("belgrade-2013-05.txt");
        assertThat(run("import", "--data", db.toString(), note.toString()).code).isZero();
        Path index = db.resolve("index");
        assertThat(segmentsFiles(index)).isNotEmpty();

        // A lost index (deleted, or a crash before its first commit): the next start rebuilds it.
        delete(index);
        var again = run("import", "--data", db.toString(), note.toString());
        assertThat(again.out).contains("0 imported, 1 unchanged");
        assertThat(segmentsFiles(index)).isNotEmpty();

        var reindex = run("reindex", "--data", db.toString());

        assertThat(reindex.code).isZero();
        assertThat(reindex.out).containsPattern("Search index rebuilt: 1 events in [0-9.]+ s \\(index: .*index; data: ");
    }

    @Test
    void reindexOnAnEmptyFolderRebuildsAnEmptyIndex() {
        Path data = TestData.newDirectory("reindex-command");

        var result = run("reindex", "--data", data.resolve("db").toString());

        assertThat(result.code).isZero();
        assertThat(result.out).contains("Search index rebuilt: 0 events");
    }

    @ParameterizedTest(name = "--search {0}")
    @CsvSource(delimiter = '|', value = {
        "postgres | the postgres search engine needs a PostgreSQL database (--db jdbc:postgresql://...); "
                + "with H2, search with lucene",
        "elastic  | atlas.search.engine is 'elastic'; it must be lucene or postgres"})
    void aSearchEngineThatCannotRunHereIsRefusedInOneLine(String engine, String reason) {
        Path data = TestData.newDirectory("reindex-command");

        var result = run("reindex", "--data", data.resolve("db").toString(), "--search", engine);

        assertThat(result.code).isEqualTo(StartFailures.EXIT_CODE);
        assertThat(result.err.strip()).isEqualTo("atlas: reindex could not run: " + reason);
    }

    private static java.util.List<Path> segmentsFiles(Path index) throws IOException {
        if (!Files.isDirectory(index)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(index)) {
            return files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static Result run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = new CommandLine(new Main()).setExecutionExceptionHandler(new StartFailures())
                .setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }
}
