package org.atlas1540.server.assistance;

import java.time.LocalDate;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.event.EventSources;
import org.atlas1540.server.web.FieldProblems;
import org.springframework.stereotype.Component;

/**
 * Reads a {@link RequestForm} into a {@link NewRequest}, collecting a problem per field: an unknown
 * State, an area outside the vocabulary, text that is missing, too long or holds control
 * characters, a date that is not one or lies outside 2004-04-28 to today, a source that names both
 * or neither kind, or an event without that fact, or a fact that is not an assistance need or is
 * about another State.
 */
@Component
class RequestFormReader {
    private final EventSources facts;

    RequestFormReader(EventSources facts) {
        this.facts = facts;
    }

    /** @return the request, or null when {@code problems} received a problem */
    NewRequest read(RequestForm form, LocalDate today, FieldProblems problems) {
        StateCode state = problems.parse("state", form.state(), FormValues::state);
        AssistanceArea area = problems.parse("area", form.area(), AssistanceArea::parse);
        String needs = problems.text("needs", "What is needed", form.needs(), NewRequest.MAX_NEEDS, true);
        LocalDate received = problems.parse("receivedOn", form.receivedOn(), v -> FormValues.date(v, today));
        RequestSource source = source(form, state, problems);
        String consent = form.publicationConsent() == null ? "" : form.publicationConsent().strip();
        if (!consent.isEmpty() && !consent.matches("(?i)true|false|on")) {
            problems.add("publicationConsent", "'" + FormValues.echo(consent)
                    + "' is not yes or no; give true or false.");
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new NewRequest(state, area, needs, received, source, form.consentGiven());
    }

    private RequestSource source(RequestForm form, StateCode state, FieldProblems problems) {
        String slug = form.sourceEvent() == null ? "" : form.sourceEvent().strip();
        String fact = form.sourceFact() == null ? "" : form.sourceFact().strip();
        String text = problems.text("sourceText", "The source", form.sourceText(), RequestSource.MAX_TEXT, false);
        if (problems.has("sourceText")) {
            return null;
        }
        boolean eventGiven = !slug.isEmpty() || !fact.isEmpty();
        if (eventGiven && text != null) {
            problems.add("sourceText", "Give either an event and its fact, or a source as text, not both.");
            return null;
        }
        if (!eventGiven) {
            if (text == null) {
                problems.add("sourceText", "Give the source: an event and its fact, or a text such as "
                        + "\"Note verbale of 3 March 2020\".");
                return null;
            }
            return RequestSource.text(text);
        }
        if (slug.isEmpty()) {
            problems.add("sourceEvent", "Give the event whose fact is the source (its slug, as in its address).");
            return null;
        }
        if (slug.length() > 200) {
            problems.add("sourceEvent", "An event's slug is at most 200 characters.");
            return null;
        }
        Integer number = problems.parse("sourceFact", fact, v -> FormValues.positive(v, "a fact's number"));
        if (number == null) {
            return null;
        }
        var found = facts.fact(slug, number);
        if (found.isEmpty()) {
            problems.add("sourceFact", "The event '" + FormValues.echo(slug) + "' has no fact " + number
                    + " (or there is no such event).");
            return null;
        }
        if (!"assistance-need".equals(found.get().type())) {
            problems.add("sourceFact", "Fact " + number + " of that event is a " + found.get().type()
                    + ", not an assistance need.");
            return null;
        }
        if (state != null && found.get().stateCode() != null && !found.get().stateCode().equals(state.value())) {
            problems.add("sourceFact", "Fact " + number + " of that event is about " + found.get().stateCode()
                    + ", not " + state.value() + ".");
            return null;
        }
        return RequestSource.fact(slug, number);
    }
}
