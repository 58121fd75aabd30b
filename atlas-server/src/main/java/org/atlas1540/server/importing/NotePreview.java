package org.atlas1540.server.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.atlas1540.notes.AssistanceNeedFact;
import org.atlas1540.notes.CountryVisitFact;
import org.atlas1540.notes.DateRange;
import org.atlas1540.notes.Fact;
import org.atlas1540.notes.NationalActionPlanFact;
import org.atlas1540.notes.Note;
import org.atlas1540.notes.Party;
import org.atlas1540.notes.PartyType;
import org.atlas1540.notes.RecommendationsFact;
import org.atlas1540.notes.RelatedEventFact;
import org.atlas1540.notes.Topic;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.State;
import org.atlas1540.reference.StateCode;

/** What the import page shows of a note that has been read and not stored: fields, parties, facts, warnings. */
record NotePreview(
        String title,
        String kind,
        String dates,
        String venue,
        List<Item> organisers,
        List<Item> states,
        List<Item> others,
        List<Item> sections,
        List<String> topics,
        List<String> resolutions,
        List<FactItem> facts,
        List<String> warnings,
        String mediaType) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** A named thing with a note beside it ("Serbia", "written as: Republic of Serbia"). */
    record Item(String name, String detail) {
    }

    /** A suggested fact: its kind, what it says, and the sentence of the note it was read from. */
    record FactItem(String type, String says, String sentence) {
    }

    static NotePreview of(Note note, ReferenceData reference) {
        var states = new ArrayList<Item>();
        var others = new ArrayList<Item>();
        for (Party party : note.participants()) {
            (party.type() == PartyType.STATE ? states : others).add(party(party));
        }
        return new NotePreview(
                note.title(),
                note.kind().json().replace('-', ' '),
                dates(note.dates()),
                note.venue() == null ? null : note.venue().text()
                        + (note.venue().country() == null ? "" : " (" + stateName(note.venue().country(), reference) + ")"),
                note.organisers().stream().map(NotePreview::party).toList(),
                states,
                others,
                note.sections().stream().map(s -> new Item(s.heading(), s.kind().json())).toList(),
                note.topics().stream().map(Topic::label).toList(),
                note.resolutions().stream().map(r -> "Resolution " + r.number() + " (" + r.year() + ")").toList(),
                note.facts().stream().map(f -> fact(f, note.text(), reference)).toList(),
                note.warnings(),
                note.source().mediaType());
    }

    private static Item party(Party party) {
        String detail = switch (party.type()) {
            case STATE -> "State";
            case ORGANISATION -> "organisation";
            case UNRESOLVED -> "not in the reference data";
        };
        if (party.mention() != null && !party.mention().equals(party.name())) {
            detail += "; written as " + party.mention();
        }
        if (party.remark() != null) {
            detail += "; " + party.remark();
        }
        return new Item(party.name() == null ? party.mention() : party.name(), detail);
    }

    private static FactItem fact(Fact fact, String text, ReferenceData reference) {
        String sentence = text.substring(fact.span().start(), fact.span().end()).strip();
        if (fact instanceof NationalActionPlanFact plan) {
            return new FactItem("National action plan", stateName(plan.state(), reference) + ", " + plan.status()
                    + (plan.link() == null ? "" : ", " + plan.link()), sentence);
        }
        if (fact instanceof CountryVisitFact visit) {
            return new FactItem("Country visit", stateName(visit.state(), reference) + ", " + visit.status()
                    + (visit.year() == null ? "" : ", " + visit.year()), sentence);
        }
        if (fact instanceof AssistanceNeedFact need) {
            return new FactItem("Assistance need",
                    (need.state() == null ? "State not named" : stateName(need.state(), reference))
                            + (need.needs().isEmpty() ? "" : ": " + String.join("; ", need.needs())), sentence);
        }
        if (fact instanceof RelatedEventFact related) {
            return new FactItem("Related event", related.relation()
                    + (related.title() == null ? "" : ": " + related.title())
                    + (related.dates() == null ? "" : ", " + dates(related.dates()))
                    + (related.venue() == null ? "" : ", " + related.venue().text()), sentence);
        }
        var recommendations = (RecommendationsFact) fact;
        return new FactItem("Recommendations", recommendations.description()
                + (recommendations.attachment() == null ? "" : " (" + recommendations.attachment() + ")"), sentence);
    }

    private static String stateName(StateCode code, ReferenceData reference) {
        return code == null ? "no State" : reference.states().shortNameOf(code);
    }

    private static String dates(DateRange range) {
        if (range == null) {
            return null;
        }
        LocalDate start = range.start();
        LocalDate end = range.end();
        return start.equals(end) ? DAY.format(start) : DAY.format(start) + " – " + DAY.format(end);
    }
}
