package org.atlas1540.notes.eval;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * The result of scoring a set of notes: one score per field, in a fixed order, and what went
 * wrong in each note.
 *
 * @param fields the per-field scores (title, kind, startDate, endDate, venue.city, venue.country,
 *               organisers, participants, sections, topics, resolutions, emails, urls, facts)
 * @param notes  one result per note, in the order the notes were given
 */
public record EvaluationReport(List<FieldScore> fields, List<NoteResult> notes) {

    public EvaluationReport {
        fields = List.copyOf(fields);
        notes = List.copyOf(notes);
    }

    /** The score of the named field, such as "participants" or "venue.city". */
    public FieldScore field(String name) {
        return fields.stream()
                .filter(score -> score.field().equals(name))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no field named " + name));
    }

    /** All fields together: the counts of every field summed (a micro-average over fields). */
    public FieldScore overall() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (FieldScore score : fields) {
            tp += score.truePositives();
            fp += score.falsePositives();
            fn += score.falseNegatives();
        }
        return new FieldScore("all fields", tp, fp, fn);
    }

    /** How many notes had every field right. */
    public int notesFullyRight() {
        return (int) notes.stream().filter(NoteResult::fullyRight).count();
    }

    /** The share of notes with every field right; 1.0 when there are no notes. */
    public double fullyRightShare() {
        return notes.isEmpty() ? 1.0 : (double) notesFullyRight() / notes.size();
    }

    /** The notes that were not fully right. */
    public List<NoteResult> notesWithMismatches() {
        return notes.stream().filter(note -> !note.fullyRight()).toList();
    }

    /**
     * A plain-text report: a table of field, P, R, F1 (3 decimals) and TP/FP/FN counts, the line
     * "notes fully right: 11/14 (78.6%)", then what was wrong in each note.
     */
    public String render() {
        return ReportText.plain(this);
    }

    /** A Markdown table of the field scores and the fully-right line, for a README. */
    public String markdown() {
        return ReportText.markdown(this);
    }
}
