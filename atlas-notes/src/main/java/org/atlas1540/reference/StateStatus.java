package org.atlas1540.reference;

import java.util.Arrays;

/** Whether an entity is a UN Member State, an observer State, or another entity that appears in notes. */
public enum StateStatus {
    MEMBER("member"),
    OBSERVER("observer"),
    OTHER("other");

    private final String slug;

    StateStatus(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static StateStatus fromSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown State status: '" + slug + "'"));
    }
}
