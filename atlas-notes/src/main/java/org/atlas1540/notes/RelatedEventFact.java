package org.atlas1540.notes;

/**
 * An earlier event the note refers to, such as the workshop this one follows up.
 *
 * @param relation "follow-up" when this event follows up the earlier one; else "related"
 * @param title    the earlier event's title, when named; else null
 * @param dates    its dates, when given; else null
 * @param venue    its venue, when given; else null
 */
public record RelatedEventFact(String relation, String title, DateRange dates, Venue venue, Span span) implements Fact {
    @Override
    public String type() {
        return "related-event";
    }
}
