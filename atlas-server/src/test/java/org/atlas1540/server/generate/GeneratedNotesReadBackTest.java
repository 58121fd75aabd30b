package org.atlas1540.server.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.atlas1540.notes.NoteJson;
import org.atlas1540.notes.NoteReadException;
import org.atlas1540.notes.NoteReader;
import org.atlas1540.notes.SourceInfo;
import org.atlas1540.notes.eval.Evaluation;
import org.atlas1540.notes.eval.EvaluationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated notes read back with the notes reader give their expected records: scored with the
 * evaluation scorer, as {@code atlas eval} would score them. 450 notes here (three seeds); set
 * {@code -Dgenerate.count=4000} for 12,000, which also score 100% (measured 2026-11-23).
 */
class GeneratedNotesReadBackTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static NoteReader reader;

    @BeforeAll
    static void reader() {
        reader = new NoteReader();
    }

    @Test
    void generatedNotesForSeveralSeedsReadBackExactlyAsExpected() {
        var cases = new ArrayList<Evaluation.Case>();
        for (long seed : new long[] {1, 42, 1540}) {
            for (GeneratedNote note : new NoteGenerator(seed).notes(Integer.getInteger("generate.count", 150))) {
                cases.add(new Evaluation.Case(seed + "/" + note.name(), JSON.readTree(read(note)),
                        JSON.readTree(note.expected())));
            }
        }
        EvaluationReport report = Evaluation.score(cases);

        assertThat(report.notesWithMismatches()).as(report.render()).isEmpty();
        assertThat(report.overall().f1()).isEqualTo(1.0);
    }

    private static String read(GeneratedNote note) {
        try {
            return NoteJson.toJson(reader.read(note.fileName(), note.bytes()));
        } catch (NoteReadException e) {
            return NoteJson.errorJson(new SourceInfo(note.fileName(), null, null), e.getMessage());
        }
    }
}
