package org.atlas1540.notes.eval;

/** Running counts for one field over all notes. Mutable; used only while scoring. */
final class Tally {
    private int truePositives;
    private int falsePositives;
    private int falseNegatives;

    void add(Comparison comparison) {
        truePositives += comparison.truePositives();
        falsePositives += comparison.extra().size();
        falseNegatives += comparison.missing().size();
    }

    FieldScore toScore(String field) {
        return new FieldScore(field, truePositives, falsePositives, falseNegatives);
    }
}
