package org.atlas1540.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.atlas1540.server.testing.TestData;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code atlas generate}: files beside each other as {@code atlas eval} reads them, the same for the same seed. */
class GenerateCommandTest {

    @Test
    void writesEachNoteWithItsExpectedRecordInTheLayoutThatEvalReads() throws IOException {
        Path out = TestData.newDirectory("generate").resolve("set");

        var result = run("generate", "--count", "12", "--seed", "3", out.toString());

        assertThat(result.code).isZero();
        List<String> notes = names(out.resolve("notes"));
        List<String> expected = names(out.resolve("expected"));
        assertThat(notes).hasSize(12).allSatisfy(n -> assertThat(n).endsWith(".txt"));
        assertThat(expected).containsExactlyElementsOf(notes.stream().map(n -> n.replace(".txt", ".json")).toList());
        assertThat(result.out).contains("Wrote 12 notes (seed 3)").contains("./atlas eval ");
    }

    @Test
    void theSameSeedWritesByteIdenticalFilesTwice() throws IOException {
        Path root = TestData.newDirectory("generate-twice");

        run("generate", "--count", "25", "--seed", "77", root.resolve("a").toString());
        run("generate", "--count", "25", "--seed", "77", root.resolve("b").toString());

        for (String folder : List.of("notes", "expected")) {
            List<String> files = names(root.resolve("a").resolve(folder));
            assertThat(names(root.resolve("b").resolve(folder))).isEqualTo(files);
            for (String file : files) {
                assertThat(Files.readAllBytes(root.resolve("b").resolve(folder).resolve(file)))
                        .as(folder + "/" + file)
                        .isEqualTo(Files.readAllBytes(root.resolve("a").resolve(folder).resolve(file)));
            }
        }
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftAsItWas() throws IOException {
        Path out = TestData.newDirectory("generate-full");
        Files.writeString(out.resolve("keep.txt"), "mine");

        var result = run("generate", "--count", "3", out.toString());

        assertThat(result.code).isEqualTo(2);
        assertThat(result.err).contains("is not empty");
        assertThat(names(out)).containsExactly("keep.txt");
    }

    @Test
    void aCountOutOfRangeIsAUsageError() {
        var result = run("generate", "--count", "0", TestData.newDirectory("generate-zero").resolve("x").toString());

        assertThat(result.code).isEqualTo(2);
        assertThat(result.err).contains("--count must be from 1");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Result run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = new CommandLine(new Main()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }
}
