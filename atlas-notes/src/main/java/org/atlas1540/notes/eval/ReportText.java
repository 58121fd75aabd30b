package org.atlas1540.notes.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes an {@link EvaluationReport} as plain text or Markdown. */
final class ReportText {

    private ReportText() {
    }

    static String plain(EvaluationReport report) {
        List<FieldScore> rows = rows(report);
        int width = "field".length();
        for (FieldScore row : rows) {
            width = Math.max(width, row.field().length());
        }
        String format = "%-" + width + "s  %5s  %5s  %5s  %5s  %5s  %5s\n";
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, format, "field", "P", "R", "F1", "TP", "FP", "FN"));
        for (FieldScore row : rows) {
            out.append(String.format(Locale.ROOT, format, row.field(), decimal(row.precision()),
                    decimal(row.recall()), decimal(row.f1()), row.truePositives(), row.falsePositives(),
                    row.falseNegatives()));
        }
        out.append('\n').append(fullyRightLine(report, "notes fully right")).append('\n');
        List<NoteResult> wrong = report.notesWithMismatches();
        out.append('\n').append(wrong.isEmpty() ? "mismatches: none" : "mismatches:").append('\n');
        for (NoteResult note : wrong) {
            out.append("  ").append(note.name()).append('\n');
            if (note.error() != null) {
                out.append("    error: ").append(note.error()).append('\n');
            }
            for (Mismatch mismatch : note.mismatches()) {
                out.append("    ").append(mismatch.field()).append(": ").append(describe(mismatch)).append('\n');
            }
        }
        return out.toString();
    }

    static String markdown(EvaluationReport report) {
        StringBuilder out = new StringBuilder();
        out.append("| Field | P | R | F1 | TP | FP | FN |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (FieldScore row : rows(report)) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %d | %d | %d |\n",
                    row.field(), decimal(row.precision()), decimal(row.recall()), decimal(row.f1()),
                    row.truePositives(), row.falsePositives(), row.falseNegatives()));
        }
        out.append('\n').append(fullyRightLine(report, "Notes fully right")).append('\n');
        return out.toString();
    }

    private static List<FieldScore> rows(EvaluationReport report) {
        List<FieldScore> rows = new ArrayList<>(report.fields());
        rows.add(report.overall());
        return rows;
    }

    private static String fullyRightLine(EvaluationReport report, String label) {
        return String.format(Locale.ROOT, "%s: %d/%d (%.1f%%)", label, report.notesFullyRight(),
                report.notes().size(), report.fullyRightShare() * 100);
    }

    private static String describe(Mismatch mismatch) {
        List<String> parts = new ArrayList<>();
        if (!mismatch.missing().isEmpty()) {
            parts.add("missing " + mismatch.missing());
        }
        if (!mismatch.extra().isEmpty()) {
            parts.add("extra " + mismatch.extra());
        }
        return String.join("; ", parts);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
