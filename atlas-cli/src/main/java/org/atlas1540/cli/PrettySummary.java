package org.atlas1540.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.atlas1540.notes.AssistanceNeedFact;
import org.atlas1540.notes.CountryVisitFact;
import org.atlas1540.notes.Fact;
import org.atlas1540.notes.NationalActionPlanFact;
import org.atlas1540.notes.Note;
import org.atlas1540.notes.Party;
import org.atlas1540.notes.RecommendationsFact;
import org.atlas1540.notes.RelatedEventFact;
import org.atlas1540.notes.Topic;

/** The readable summary of a note that {@code atlas parse --pretty} prints. */
final class PrettySummary {
    private PrettySummary() {
    }

    static String of(Note note) {
        var out = new StringBuilder();
        out.append(note.source().path()).append("  (").append(note.source().mediaType()).append(")\n");
        out.append("  Title:        ").append(orDash(note.title())).append('\n');
        out.append("  Kind:         ").append(note.kind().json()).append('\n');
        out.append("  Dates:        ").append(note.dates() == null ? "-"
                : note.dates().start() + (note.dates().end().equals(note.dates().start()) ? "" : " to " + note.dates().end()))
                .append('\n');
        out.append("  Venue:        ").append(note.venue() == null ? "-" : note.venue().text()
                + "  [city " + orDash(note.venue().city()) + ", country " + orDash(note.venue().country()) + "]").append('\n');
        parties(out, "Organisers", note.organisers());
        parties(out, "Participants", note.participants());
        out.append("  Sections:     ").append(note.sections().isEmpty() ? "-" : note.sections().stream()
                .map(s -> s.kind().json() + (s.heading().isEmpty() ? "" : " (\"" + s.heading() + "\")"))
                .collect(Collectors.joining(", "))).append('\n');
        out.append("  Topics:       ").append(note.topics().isEmpty() ? "-"
                : note.topics().stream().map(Topic::json).collect(Collectors.joining(", "))).append('\n');
        out.append("  Resolutions:  ").append(note.resolutions().isEmpty() ? "-" : note.resolutions().stream()
                .map(r -> r.number() + " (" + r.year() + ")").collect(Collectors.joining(", "))).append('\n');
        if (!note.emails().isEmpty() || !note.urls().isEmpty()) {
            out.append("  Contacts:     ").append(String.join(", ", note.emails()));
            out.append(note.emails().isEmpty() || note.urls().isEmpty() ? "" : ", ").append(String.join(", ", note.urls()))
                    .append('\n');
        }
        out.append("  Facts (").append(note.facts().size()).append(")").append(note.facts().isEmpty() ? ": -" : ":").append('\n');
        for (Fact fact : note.facts()) {
            out.append("    - ").append(describe(fact)).append('\n');
            out.append("      \"").append(abbreviate(fact.span().of(note.text()), 160)).append("\"\n");
        }
        out.append("  Warnings (").append(note.warnings().size()).append(")").append(note.warnings().isEmpty() ? ": -" : ":")
                .append('\n');
        note.warnings().forEach(w -> out.append("    ! ").append(w).append('\n'));
        return out.toString();
    }

    private static void parties(StringBuilder out, String label, List<Party> parties) {
        out.append("  ").append(String.format("%-14s", label + " (" + parties.size() + "):"));
        if (parties.isEmpty()) {
            out.append("-\n");
            return;
        }
        out.append(parties.stream().map(PrettySummary::party).collect(Collectors.joining("; "))).append('\n');
    }

    private static String party(Party party) {
        return switch (party.type()) {
            case STATE, ORGANISATION -> party.name() + " [" + party.id() + "]";
            case UNRESOLVED -> "?" + party.mention() + (party.state() == null ? "" : " [of " + party.state() + "]");
        };
    }

    private static String describe(Fact fact) {
        if (fact instanceof NationalActionPlanFact plan) {
            return "national action plan of " + plan.state() + ", " + plan.status() + (plan.link() == null ? "" : ", " + plan.link());
        } else if (fact instanceof CountryVisitFact visit) {
            return "country visit to " + visit.state() + ", " + visit.status() + (visit.year() == null ? "" : ", " + visit.year());
        } else if (fact instanceof AssistanceNeedFact need) {
            return "assistance need" + (need.state() == null ? "" : " of " + need.state())
                    + (need.areas().isEmpty() ? "" : " in " + need.areas().stream().map(Topic::json).collect(Collectors.joining(", ")))
                    + (need.needs().isEmpty() ? "" : ": " + String.join("; ", need.needs()));
        } else if (fact instanceof RelatedEventFact related) {
            return related.relation() + " of " + orDash(related.title())
                    + (related.dates() == null ? "" : ", " + related.dates().start() + " to " + related.dates().end())
                    + (related.venue() == null ? "" : ", " + related.venue().text());
        } else if (fact instanceof RecommendationsFact recommendations) {
            return recommendations.description() + (recommendations.attachment() == null ? "" : " (" + recommendations.attachment() + ")");
        }
        return fact.type();
    }

    private static String abbreviate(String s, int max) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
