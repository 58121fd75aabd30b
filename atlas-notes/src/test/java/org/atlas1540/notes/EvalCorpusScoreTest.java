package org.atlas1540.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.atlas1540.notes.eval.Evaluation;
import org.atlas1540.notes.eval.EvaluationReport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reader's score on the evaluation corpus (our own notes with hand-written expected records)
 * may not fall: this is the regression gate for every rule change. The figures are in the README.
 */
class EvalCorpusScoreTest {
    private static final Path CORPUS = Path.of("src", "test", "resources", "eval");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static EvaluationReport score(Path corpus) throws Exception {
        var reader = new NoteReader();
        var cases = new ArrayList<Evaluation.Case>();
        try (Stream<Path> notes = Files.list(corpus.resolve("notes"))) {
            for (Path note : notes.sorted().toList()) {
                String name = note.getFileName().toString().replaceFirst("\\.txt$", "");
                var expected = JSON.readTree(corpus.resolve("expected").resolve(name + ".json").toFile());
                var actual = JSON.readTree(NoteJson.toJson(reader.read(note)));
                cases.add(new Evaluation.Case(name, actual, expected));
            }
        }
        return Evaluation.score(cases);
    }

    @Test
    void readsTheHeldOutNotesAboveTheFloor() throws Exception {
        EvaluationReport report = score(Path.of("src", "test", "resources", "eval-holdout"));
        assertThat(report.overall().f1()).as(report.render()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void readsEveryFieldOfEveryCorpusNoteRight() throws Exception {
        EvaluationReport report = score(CORPUS);
        assertThat(report.notesWithMismatches()).as(report.render()).isEmpty();
        assertThat(report.overall().f1()).isEqualTo(1.0);
    }
}
