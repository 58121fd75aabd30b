package org.atlas1540.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.atlas1540.notes.NoteJson;
import org.atlas1540.notes.NoteReadException;
import org.atlas1540.notes.NoteReader;
import org.atlas1540.notes.SourceInfo;
import org.atlas1540.notes.eval.Evaluation;
import org.atlas1540.notes.eval.EvaluationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "eval",
        description = {"Scores the reader against expected records: for every EXPECTED_DIR/NAME.json, reads the note",
                "NOTES_DIR/NAME.* and prints per-field precision, recall and F1 and the share of notes fully right."})
final class EvalCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Parameters(index = "0", paramLabel = "NOTES_DIR", description = "the notes")
    Path notes;

    @Parameters(index = "1", paramLabel = "EXPECTED_DIR", description = "the expected records, NAME.json")
    Path expected;

    @Option(names = "--markdown", description = "print the scores as a Markdown table (for the README)")
    boolean markdown;

    @Override
    public Integer call() throws IOException {
        for (Path dir : List.of(notes, expected)) {
            if (!Files.isDirectory(dir)) {
                System.err.println("atlas eval: not a directory: " + dir);
                return 2;
            }
        }
        var reader = new NoteReader();
        var cases = new ArrayList<Evaluation.Case>();
        List<Path> expectedFiles;
        try (Stream<Path> list = Files.list(expected)) {
            expectedFiles = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (Path expectedFile : expectedFiles) {
            String name = expectedFile.getFileName().toString().replaceFirst("\\.json$", "");
            JsonNode want;
            try {
                want = JSON.readTree(expectedFile.toFile());
            } catch (RuntimeException e) {
                System.err.println("atlas eval: " + expectedFile + " is not valid JSON: " + e.getMessage());
                return 2;
            }
            Optional<Path> note = noteFor(name);
            String actual = note.isEmpty()
                    ? NoteJson.errorJson(new SourceInfo(name, null, null), "no note named " + name + ".* in " + notes)
                    : readAsJson(reader, note.get());
            cases.add(new Evaluation.Case(name, JSON.readTree(actual), want));
        }
        if (cases.isEmpty()) {
            System.err.println("atlas eval: no expected records (*.json) in " + expected);
            return 2;
        }
        EvaluationReport report = Evaluation.score(cases);
        System.out.print(markdown ? report.markdown() : report.render());
        return 0;
    }

    private Optional<Path> noteFor(String name) throws IOException {
        try (Stream<Path> list = Files.list(notes)) {
            return list.filter(p -> p.getFileName().toString().startsWith(name + ".")).sorted().findFirst();
        }
    }

    private static String readAsJson(NoteReader reader, Path note) {
        try {
            return NoteJson.toJson(reader.read(note));
        } catch (NoteReadException e) {
            return NoteJson.errorJson(new SourceInfo(note.toString(), null, null), e.getMessage());
        }
    }
}
