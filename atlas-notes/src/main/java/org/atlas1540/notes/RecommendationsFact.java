package org.atlas1540.notes;

/**
 * Recommendations agreed at the event, which someone should follow up.
 *
 * @param description what the note calls them ("informal recommendations for follow up action")
 * @param attachment  the attachment that holds them ("Attachment 1"), when named; else null
 */
public record RecommendationsFact(String description, String attachment, Span span) implements Fact {
    @Override
    public String type() {
        return "recommendations";
    }
}
