package org.atlas1540.server.matching;

import java.util.Arrays;
import java.util.Locale;

/** How a delivery went, in the words of the one who gives feedback. */
public enum DeliveryOutcome {
    AS_PLANNED("as-planned", "Delivered as planned"),
    PARTLY("partly", "Partly delivered"),
    NOT_DELIVERED("not-delivered", "Not delivered");

    private final String slug;
    private final String label;

    DeliveryOutcome(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    static DeliveryOutcome fromSlug(String slug) {
        return Arrays.stream(values()).filter(o -> o.slug.equals(slug)).findFirst().orElse(null);
    }

    static DeliveryOutcome parse(String value) {
        String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.slug.equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The outcome is one of as-planned, partly, "
                        + "not-delivered."));
    }
}
