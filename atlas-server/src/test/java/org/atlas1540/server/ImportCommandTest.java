package org.atlas1540.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.atlas1540.server.testing.SharedFiles;
import org.atlas1540.server.testing.TestData;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code atlas import} end to end: a real application without web server, on a fresh H2 folder. */
class ImportCommandTest {

    @Test
    void importingAFolderPrintsAProgressLinePerFileAndASummaryWithTheFailures() throws Exception {
        Path data = TestData.newDirectory("import-command");
        Path notes = Files.createDirectories(data.resolve("notes"));
        Files.copy(SharedFiles.sample("belgrade-2013-05.txt"), notes.resolve("belgrade-2013-05.txt"));
        Files.writeString(notes.resolve("shopping.txt"), "eggs, milk, bread");

        var first = run("import", "--data", data.resolve("db").toString(), notes.toString());
        var second = run("import", "--data", data.resolve("db").toString(), notes.resolve("belgrade-2013-05.txt").toString());

        assertThat(first.code).isEqualTo(1);
        assertThat(first.out).contains("[1/2] imported ").contains("-> /events/2013-05-09-belgrade-regional-workshop");
        assertThat(first.out).contains("[2/2] failed    ").contains("does not look like an information note");
        assertThat(first.out).contains("1 imported, 0 unchanged, 0 updated, 1 failed");
        assertThat(first.out).contains("  failed: ").contains("shopping.txt");
        assertThat(Files.exists(data.resolve("db").resolve("atlas.mv.db"))).isTrue();
        assertThat(second.code).isZero();
        assertThat(second.out).contains("[1/1] unchanged").contains("0 imported, 1 unchanged, 0 updated, 0 failed");
    }

    @Test
    void withABarTheSummarySaysWhatHappenedAndWhyEachFailedFileFailed() throws Exception {
        Path data = TestData.newDirectory("import-bar");
        Path notes = Files.createDirectories(data.resolve("notes"));
        Files.copy(SharedFiles.sample("belgrade-2013-05.txt"), notes.resolve("belgrade-2013-05.txt"));
        Files.copy(SharedFiles.sample("kiev-2013-11.txt"), notes.resolve("kiev-2013-11.txt"));
        Files.write(notes.resolve("empty.txt"), new byte[0]);
        Files.write(notes.resolve("picture.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});

        var result = run("import", "--progress", "bar", "--data", data.resolve("db").toString(), notes.toString());

        assertThat(result.code).isEqualTo(1);
        assertThat(result.out).contains("Importing").contains("100%").contains("4/4");
        assertThat(result.out).doesNotContain("[1/4]");
        assertThat(result.out).contains("2 imported, 0 unchanged, 0 updated, 2 failed (4 files in ");
        assertThat(result.out).containsPattern("  failed: .*empty\\.txt: the file is empty");
        assertThat(result.out).containsPattern("  failed: .*picture\\.png: the file is ");
    }

    @Test
    void aChangedFileForAStoredEventIsSummedUpAsUpdatedWithItsEvent() throws Exception {
        Path data = TestData.newDirectory("import-updated");
        Path note = data.resolve("belgrade-2013-05.txt");
        Files.copy(SharedFiles.sample("belgrade-2013-05.txt"), note);
        run("import", "--data", data.resolve("db").toString(), note.toString());
        Files.writeString(note, Files.readString(note) + "\nA line added later.\n");

        var result = run("import", "--data", data.resolve("db").toString(), note.toString());

        assertThat(result.code).isZero();
        assertThat(result.out).contains("[1/1] updated").contains("0 imported, 0 unchanged, 1 updated, 0 failed")
                .contains("  updated: " + note + " -> /events/2013-05-09-belgrade-regional-workshop");
    }

    @Test
    void anUnknownProgressModeIsAUsageError() {
        var result = run("import", "--progress", "fancy", "x.txt");

        assertThat(result.code).isEqualTo(2);
        assertThat(result.err).contains("--progress is auto, bar or lines");
    }

    @Test
    void importingNothingIsAUsageError() {
        var result = run("import");

        assertThat(result.code).isEqualTo(2);
        assertThat(result.err).contains("Missing required parameter");
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
