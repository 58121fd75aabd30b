package org.atlas1540.reference;

import java.util.Arrays;

/** A State's relation to the OSCE. */
public enum OsceStatus {
    PARTICIPATING("participating"),
    PARTNER("partner"),
    NONE("none");

    private final String slug;

    OsceStatus(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static OsceStatus fromSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown OSCE status: '" + slug + "'"));
    }
}
