package org.atlas1540.notes.eval;

import java.util.List;

/**
 * One field of one note that was not read exactly right. Values are shown as the comparison keys:
 * the value itself for single-valued fields, "type:id" for parties, "kind:heading" for sections,
 * "number/year" for resolutions and "type:state" for facts.
 *
 * @param field   the field's name
 * @param missing expected values that were not found
 * @param extra   values found that were not expected
 */
public record Mismatch(String field, List<String> missing, List<String> extra) {
    public Mismatch {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
    }
}
