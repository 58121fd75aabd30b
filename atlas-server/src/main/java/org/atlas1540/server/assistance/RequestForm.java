package org.atlas1540.server.assistance;

/**
 * A request as a form or an API body gives it: text, unchecked. {@link RequestFormReader} checks it.
 *
 * @param sourceEvent        an event's slug
 * @param sourceFact         the number of the fact on the event's page, from 1
 * @param publicationConsent {@code true} (or {@code on}, a ticked box) when the State consented; else empty or {@code false}
 * @param version            the version the editor saw (edits only)
 */
public record RequestForm(String state, String area, String needs, String receivedOn, String sourceEvent,
        String sourceFact, String sourceText, String publicationConsent, String version) {

    public static RequestForm empty() {
        return new RequestForm("", "", "", "", "", "", "", "", "");
    }

    public static RequestForm of(AssistanceRequest r) {
        RequestSource s = r.source();
        return new RequestForm(r.state().value(), r.area().id(), r.needs(), r.receivedOn().toString(),
                s.isFact() ? s.eventSlug() : "", s.isFact() ? String.valueOf(s.factNumber()) : "",
                s.isFact() ? "" : s.text(), String.valueOf(r.publicationConsent()), String.valueOf(r.version()));
    }

    public boolean consentGiven() {
        return "true".equalsIgnoreCase(publicationConsent) || "on".equalsIgnoreCase(publicationConsent);
    }
}
