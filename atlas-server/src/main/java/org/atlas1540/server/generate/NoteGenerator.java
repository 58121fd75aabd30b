package org.atlas1540.server.generate;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.atlas1540.notes.EventKind;
import org.atlas1540.reference.City;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.State;
import org.atlas1540.server.generate.Cast.Scope;

/**
 * Writes synthetic information notes, each with its expected record. Note {@code i} of a seed
 * depends only on the seed and {@code i}: the first hundred notes of a seed are the same whether
 * a hundred or ten thousand are asked for, and the same on every run, byte for byte.
 *
 * <p>Immutable and thread-safe.
 */
public final class NoteGenerator {
    /** Events run from this year to {@link #LAST_YEAR}. */
    public static final int FIRST_YEAR = 2008;
    public static final int LAST_YEAR = 2025;

    private final long seed;
    private final Names names;
    private final Casting casting;
    private final Titles titles;
    private final BodyWriter body;

    public NoteGenerator(long seed) {
        this(seed, ReferenceData.standard());
    }

    NoteGenerator(long seed, ReferenceData reference) {
        this.seed = seed;
        this.names = new Names(reference);
        this.casting = new Casting(names);
        this.titles = new Titles(names);
        this.body = new BodyWriter(names);
    }

    /** The first {@code count} notes of this seed. */
    public List<GeneratedNote> notes(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("the count must not be negative: " + count);
        }
        var notes = new ArrayList<GeneratedNote>(count);
        for (int i = 0; i < count; i++) {
            notes.add(note(i));
        }
        return notes;
    }

    /** Note number {@code index} (from 0) of this seed. */
    public GeneratedNote note(int index) {
        var pick = new Pick(mix(seed, index));
        var expected = new Expected();
        Scope scope = scope(pick);
        EventKind kind = kind(scope, pick);
        Theme theme = kind == EventKind.TRAINING_COURSE && pick.chance(0.3) ? Theme.CONTACTS
                : pick.one(List.of(Theme.values()));
        HeaderWriter.Layout layout = pick.one(List.of(HeaderWriter.Layout.values()));
        ParticipantsWriter.Form form = HeaderWriter.formFor(layout, pick);
        Cast cast = casting.cast(scope, theme, form == ParticipantsWriter.Form.ITEMS, pick);

        int year = pick.between(FIRST_YEAR, LAST_YEAR);
        LocalDate start = LocalDate.of(year, pick.between(1, 12), pick.between(1, 28));
        LocalDate end = start.plusDays(duration(kind, pick) - 1L);
        Titles.Naming naming = titles.title(kind, cast, theme, pick);
        expected.event(naming.title(), kind, start, end);
        expected.topics(naming.themeWords().topics());
        expected.resolution(1540, 2004);

        String venue = venue(cast, pick);
        expected.venue(cast.city().name(), cast.host().code());
        cast.organisers().parties().forEach(expected::organiser);
        cast.participants().forEach(list -> list.parties().forEach(p -> expected.participant(p.key())));

        var occasion = new Occasion(kind, naming.noun(), start, end, theme, cast);
        List<Section> sections = body.write(occasion, pick, expected);
        String dates = DateWriter.write(start, end, pick.one(List.of(DateWriter.Style.values())));
        var fields = new HeaderWriter.Fields(naming.title(), cast.organisers().text(), dates, venue, cast);
        String header = HeaderWriter.write(fields, layout, form, pick);
        String text = NoteText.write(header, sections, pick);
        String name = String.format(Locale.ROOT, "%05d-%s-%s-%s", index + 1, start, slug(cast.city().name()), kind.json());
        return new GeneratedNote(name, text, expected.toJson());
    }

    private static Scope scope(Pick pick) {
        int n = pick.between(1, 100);
        if (n <= 60) {
            return Scope.REGIONAL;
        }
        if (n <= 72) {
            return Scope.GLOBAL;
        }
        return n <= 84 ? Scope.NATIONAL : Scope.VISIT;
    }

    private static EventKind kind(Scope scope, Pick pick) {
        return switch (scope) {
            case VISIT -> EventKind.COUNTRY_VISIT;
            case NATIONAL -> pick.oneOf(EventKind.WORKSHOP, EventKind.TRAINING_COURSE, EventKind.MEETING);
            case GLOBAL -> pick.oneOf(EventKind.CONFERENCE, EventKind.CONFERENCE, EventKind.MEETING, EventKind.SEMINAR,
                    EventKind.WORKSHOP);
            case REGIONAL -> pick.oneOf(EventKind.WORKSHOP, EventKind.WORKSHOP, EventKind.WORKSHOP, EventKind.SEMINAR,
                    EventKind.TRAINING_COURSE, EventKind.MEETING, EventKind.CONFERENCE);
        };
    }

    private static int duration(EventKind kind, Pick pick) {
        return switch (kind) {
            case COUNTRY_VISIT -> pick.between(2, 4);
            case MEETING -> pick.between(1, 2);
            case TRAINING_COURSE -> pick.between(2, 4);
            default -> pick.between(1, 3);
        };
    }

    /** The venue as a note writes it: city and country, a building and a city, or the city alone. */
    private String venue(Cast cast, Pick pick) {
        City city = cast.city();
        State host = cast.host();
        if (cast.scope() == Scope.GLOBAL) {
            return switch (city.name()) {
                case "Vienna" -> pick.oneOf("Vienna International Centre, Vienna, Austria", "Vienna, Austria");
                case "Geneva" -> pick.oneOf("Palais des Nations, Geneva", "Geneva, Switzerland");
                case "New York" -> pick.oneOf("United Nations Headquarters, New York", "New York, United States of America");
                case "The Hague" -> pick.oneOf("The Hague, Netherlands", "World Forum, The Hague");
                default -> city.name() + ", " + host.shortName();
            };
        }
        String place = cast.scope() == Scope.VISIT ? "Ministry of Foreign Affairs"
                : pick.oneOf("International Conference Centre", "United Nations House", "National Training Centre",
                        "Government Conference Hall");
        int form = pick.between(0, 5);
        if (form >= 4 && names.cityNamesAnotherState(city)) {
            form = 0;
        }
        return switch (form) {
            case 0, 1, 2 -> city.name() + ", " + host.shortName();
            case 3 -> place + ", " + city.name() + ", " + host.shortName();
            case 4 -> place + ", " + city.name();
            default -> city.name();
        };
    }

    /** A seed per note, from the generator's seed and the note's number (SplitMix64's finaliser). */
    private static long mix(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
