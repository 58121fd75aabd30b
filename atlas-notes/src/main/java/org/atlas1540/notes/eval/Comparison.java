package org.atlas1540.notes.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison of expected and actual keys of one field in one note, as multisets.
 *
 * @param truePositives keys found in both (with multiplicity)
 * @param missing       expected keys not found, in expected order
 * @param extra         actual keys not expected, in actual order
 */
record Comparison(int truePositives, List<String> missing, List<String> extra) {

    Comparison {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
    }

    static Comparison of(List<String> expected, List<String> actual) {
        Map<String, Integer> unmatched = new HashMap<>();
        for (String key : expected) {
            unmatched.merge(key, 1, Integer::sum);
        }
        int truePositives = 0;
        List<String> extra = new ArrayList<>();
        for (String key : actual) {
            Integer left = unmatched.get(key);
            if (left != null && left > 0) {
                unmatched.put(key, left - 1);
                truePositives++;
            } else {
                extra.add(key);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String key : expected) {
            Integer left = unmatched.get(key);
            if (left != null && left > 0) {
                unmatched.put(key, left - 1);
                missing.add(key);
            }
        }
        return new Comparison(truePositives, missing, extra);
    }

    boolean isExact() {
        return missing.isEmpty() && extra.isEmpty();
    }
}
