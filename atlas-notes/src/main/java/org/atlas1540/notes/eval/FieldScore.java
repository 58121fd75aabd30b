package org.atlas1540.notes.eval;

/**
 * The score of one field over all notes, from element counts summed over notes (micro-average).
 *
 * <p>Where a ratio has a zero denominator: it is 1.0 when there was nothing to find and nothing was
 * found (both sides empty, so nothing went wrong), else 0.0. So a field that is empty in every
 * expected record and every output scores 1.0, not NaN; an output that finds nothing where
 * something was expected scores precision 0.0 rather than a flattering 1.0.
 *
 * @param field          the field's name, such as "participants" or "venue.city"
 * @param truePositives  values found that were expected
 * @param falsePositives values found that were not expected
 * @param falseNegatives expected values not found
 */
public record FieldScore(String field, int truePositives, int falsePositives, int falseNegatives) {

    public FieldScore {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** TP / (TP + FP); see the class comment for a zero denominator. */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** TP / (TP + FN); see the class comment for a zero denominator. */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** The harmonic mean of precision and recall; 0.0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** True when nothing was wrong: no false positives and no false negatives. */
    public boolean isPerfect() {
        return falsePositives == 0 && falseNegatives == 0;
    }

    private double ratio(int numerator, int denominator) {
        if (denominator == 0) {
            return isPerfect() ? 1.0 : 0.0;
        }
        return (double) numerator / denominator;
    }
}
