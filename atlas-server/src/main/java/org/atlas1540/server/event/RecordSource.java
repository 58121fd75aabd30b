package org.atlas1540.server.event;

import org.atlas1540.server.web.Inputs;

/**
 * Where a record (a plan, a visit) was learned from: an event and, optionally, one of its facts; or
 * a source written out in words ("Permanent Mission's letter of 3 May 2019"). Either or both parts
 * may be given; none means the source is not known.
 *
 * @param eventSlug  the event's slug; null when the source is not an event
 * @param factNumber the number of the event's fact (from 1, as its page and the API show it); null
 *                   for the event as a whole
 * @param text       a free-text source or remark; null when none
 */
public record RecordSource(String eventSlug, Integer factNumber, String text) {
    public static final RecordSource NONE = new RecordSource(null, null, null);

    public RecordSource {
        if (factNumber != null && eventSlug == null) {
            throw new IllegalArgumentException("a fact number needs its event");
        }
        if (factNumber != null && factNumber < 1) {
            throw new IllegalArgumentException("a fact number is from 1, not " + factNumber);
        }
    }

    /** A fact of an event: how the review queue names the fact it confirms. */
    public static RecordSource ofFact(String eventSlug, int factNumber) {
        return new RecordSource(eventSlug, factNumber, null);
    }

    public static RecordSource ofText(String text) {
        return new RecordSource(null, null, text);
    }

    /**
     * Reads a source from a form's three fields, {@code sourceEvent} (a slug), {@code sourceFact} (a
     * number from 1, which needs an event) and {@code sourceText}; null, with messages in {@code
     * inputs}, when one cannot be used. Whether the event and fact exist is {@link
     * EventSources#problemWith}'s to say.
     */
    public static RecordSource read(Inputs inputs, String event, String fact, String text, int maxText) {
        String slug = inputs.text("sourceEvent", "Event", event, 200, false);
        if (slug != null && !slug.matches("[a-z0-9][a-z0-9-]*")) {
            inputs.problems().add("sourceEvent", "Event '" + slug + "' is not an event's slug: small letters, digits "
                    + "and hyphens, as in the event's address.");
            slug = null;
        }
        Integer number = inputs.whole("sourceFact", "Fact", fact, 1, 999, false);
        if (number != null && slug == null && !inputs.problems().has("sourceEvent")) {
            inputs.problems().add("sourceFact", "A fact number needs the event it belongs to.");
        }
        String words = inputs.text("sourceText", "Source", text, maxText, false);
        if (inputs.problems().has("sourceEvent") || inputs.problems().has("sourceFact")
                || inputs.problems().has("sourceText")) {
            return null;
        }
        return new RecordSource(slug, number, words);
    }

    public boolean isEmpty() {
        return eventSlug == null && text == null;
    }
}
