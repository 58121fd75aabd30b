package org.atlas1540.notes.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Scores the reader's output for a set of notes against their expected records.
 *
 * <p>Every field is compared as a list of keys (see {@link Field}): single-valued fields give at
 * most one key, so a right value is a true positive, a wrong value one false positive and one
 * false negative, a missing value a false negative and an unexpected value a false positive.
 * Set-valued fields are compared element by element as multisets; counts are summed over notes
 * (micro-average). A note whose reading failed ({@code "error"} in the actual output) counts every
 * expected value as missed.
 */
public final class Evaluation {

    /**
     * One note to score.
     *
     * @param name     the note's name, used in the report (for example its file name)
     * @param actual   the reader's full JSON output for the note; may hold more fields than the
     *                 expected record, or {@code "error"} when the note could not be read; null is
     *                 treated as an output with nothing in it
     * @param expected the expected record
     */
    public record Case(String name, JsonNode actual, JsonNode expected) {
        public Case {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(expected, "expected");
        }
    }

    private Evaluation() {
    }

    /** Scores all cases and returns the report; the order of notes in the report is the given order. */
    public static EvaluationReport score(List<Case> cases) {
        Map<Field, Tally> totals = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            totals.put(field, new Tally());
        }
        List<NoteResult> notes = new ArrayList<>();
        for (Case c : cases) {
            notes.add(scoreNote(c, totals));
        }
        List<FieldScore> fields = new ArrayList<>();
        totals.forEach((field, tally) -> fields.add(tally.toScore(field.label())));
        return new EvaluationReport(fields, notes);
    }

    private static NoteResult scoreNote(Case c, Map<Field, Tally> totals) {
        String error = Json.error(c.actual());
        boolean unreadable = error != null || c.actual() == null || !c.actual().isObject();
        List<Mismatch> mismatches = new ArrayList<>();
        for (Field field : Field.values()) {
            List<String> expected = field.keys(c.expected());
            List<String> actual = unreadable ? List.of() : field.keys(c.actual());
            Comparison comparison = Comparison.of(expected, actual);
            totals.get(field).add(comparison);
            if (!comparison.isExact()) {
                mismatches.add(new Mismatch(field.label(), comparison.missing(), comparison.extra()));
            }
        }
        return new NoteResult(c.name(), error, mismatches);
    }
}
