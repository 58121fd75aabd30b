package org.atlas1540.server.generate;

import org.atlas1540.notes.EventKind;
import org.atlas1540.reference.State;

/** Writes an event's title from its kind, reach and theme, and names the event as its body does. */
final class Titles {
    private final Names names;

    Titles(Names names) {
        this.names = names;
    }

    /** What the body calls the event: "workshop", "course", "round table". */
    record Naming(String title, String noun, Passage themeWords) {
    }

    Naming title(EventKind kind, Cast cast, Theme theme, Pick pick) {
        State host = cast.host();
        if (kind == EventKind.COUNTRY_VISIT) {
            String formal = host.formalName().isBlank() ? host.shortName() : host.formalName();
            String title = switch (pick.between(0, 2)) {
                case 0 -> "Country Visit to " + host.shortName();
                case 1 -> "1540 Committee Visit to " + host.shortName();
                default -> "Visit to " + (formal.equals(host.shortName()) ? formal : "the " + formal) + " at its invitation";
            };
            return new Naming(title, "visit", Passage.of(""));
        }
        String noun = switch (kind) {
            case WORKSHOP -> "Workshop";
            case SEMINAR -> "Seminar";
            case CONFERENCE -> pick.oneOf("Conference", "Symposium");
            case MEETING -> pick.oneOf("Round Table", "Meeting", "Expert Meeting", "Dialogue");
            case TRAINING_COURSE -> pick.oneOf("Training Course", "Training Course", "Training");
            default -> throw new IllegalArgumentException("no title for " + kind);
        };
        Passage words = pick.one(theme.titles());
        String subject = theme == Theme.CONTACTS && kind == EventKind.TRAINING_COURSE && pick.chance(0.6)
                ? " for " + words.text()
                : " on " + words.text();
        if (!theme.titleCitesResolution(words) && pick.chance(0.6)) {
            subject += " and the Implementation of " + pick.oneOf("Resolution 1540 (2004)", "UNSC Resolution 1540 (2004)",
                    "Security Council Resolution 1540 (2004)");
        }
        String title = switch (cast.scope()) {
            case GLOBAL -> pick.oneOf("International ", "") + noun + subject;
            case NATIONAL -> "National " + noun + subject + (pick.chance(0.5) ? " in " + host.shortName() : "");
            case REGIONAL -> regional(noun, subject, cast, pick);
            case VISIT -> throw new IllegalStateException("a visit has its own title");
        };
        return new Naming(title, noun(kind, noun), words);
    }

    private String regional(String noun, String subject, Cast cast, Pick pick) {
        String lead = names.acronymInText(cast.region().organisers().get(0));
        String opening = switch (pick.between(0, 3)) {
            case 0 -> "Regional ";
            case 1 -> "Sub-regional ";
            case 2 -> lead != null ? lead + " Regional " : "Regional ";
            default -> "";
        };
        return opening + noun + subject + (pick.chance(0.7) ? " for " + cast.region().phrase() : "");
    }

    private static String noun(EventKind kind, String titleNoun) {
        return switch (kind) {
            case TRAINING_COURSE -> "course";
            case MEETING -> titleNoun.equals("Round Table") ? "round table" : titleNoun.equals("Dialogue") ? "dialogue"
                    : "meeting";
            default -> titleNoun.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
