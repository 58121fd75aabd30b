package org.atlas1540.server.matching;

import java.util.Arrays;
import java.util.Locale;

/** Who gives feedback on a delivery: the provider of the offer or the State that received it. */
public enum FeedbackParty {
    PROVIDER("provider", "Provider"),
    RECIPIENT("recipient", "Recipient");

    private final String slug;
    private final String label;

    FeedbackParty(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    static FeedbackParty parse(String value) {
        String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.slug.equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Feedback comes from the provider or the recipient."));
    }
}
