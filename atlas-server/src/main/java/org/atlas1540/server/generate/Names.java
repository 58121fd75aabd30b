package org.atlas1540.server.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.atlas1540.reference.City;
import org.atlas1540.reference.Organisation;
import org.atlas1540.reference.OrganisationId;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.State;
import org.atlas1540.reference.StateCode;
import org.atlas1540.reference.StateStatus;

/** How notes write the names of States, organisations and cities: taken from the reference data. */
final class Names {
    /**
     * Organisations whose acronym names no topic, so that the body can mention them without adding
     * one ("BWC ISU" would add biosecurity, "FATF" the financing of proliferation).
     */
    private static final Set<String> PLAIN_ACRONYMS = Set.of("UNODA", "UNREC", "UNRCPD", "UNLIREC", "UNRCCA", "UNODC",
            "UNICRI", "IAEA", "OPCW", "INTERPOL", "WCO", "WHO", "OSCE", "ECOWAS", "SADC", "EAC", "ASEAN", "CARICOM",
            "SICA", "OAS", "VERTIC", "WINS", "EU", "AU", "GCC", "CTED", "ECCAS", "UNIDIR");

    private final ReferenceData reference;
    private final List<State> states;
    private final Map<StateCode, List<City>> cities;
    private final Set<City> citiesNamingAnotherState;

    Names(ReferenceData reference) {
        this.reference = reference;
        this.states = reference.states().all().stream().filter(s -> s.status() != StateStatus.OTHER).toList();
        var byState = new HashMap<StateCode, List<City>>();
        reference.cities().all().forEach(c -> byState.computeIfAbsent(c.country(), k -> new ArrayList<>()).add(c));
        this.cities = Map.copyOf(byState);
        this.citiesNamingAnotherState = reference.cities().all().stream().filter(c -> namesAnotherState(c, reference))
                .collect(Collectors.toUnmodifiableSet());
    }

    State state(String code) {
        return reference.states().get(StateCode.of(code));
    }

    Organisation organisation(String id) {
        return reference.organisations().find(OrganisationId.of(id))
                .orElseThrow(() -> new IllegalArgumentException("no organisation " + id + " in the registry"));
    }

    /** Member and observer States (not the other entities, which events of this kind rarely name). */
    List<State> states() {
        return states;
    }

    List<City> citiesOf(StateCode state) {
        return cities.getOrDefault(state, List.of());
    }

    /** A State as a list of participants writes it: mostly its short name, now and then another of its names. */
    String stateMention(State state, Pick pick) {
        if (pick.chance(0.9)) {
            return state.shortName();
        }
        var others = state.aliases().stream().filter(Names::plainName).toList();
        if (!others.isEmpty() && pick.chance(0.6)) {
            return pick.one(others);
        }
        return state.shortName();
    }

    /** A State as an organiser: "Government of Serbia", "the Government of the Republic of Serbia", "Serbia". */
    String governmentOf(State state, Pick pick) {
        String formal = state.formalName().isBlank() ? state.shortName() : state.formalName();
        return switch (pick.between(0, 3)) {
            case 0 -> "Government of " + state.shortName();
            case 1 -> "Government of " + (formal.equals(state.shortName()) ? formal : "the " + formal);
            case 2 -> formal.equals(state.shortName()) ? "Government of " + formal : formal;
            default -> state.shortName();
        };
    }

    /** An organisation in a header field: its name, its acronym, or both. */
    String organisationMention(Organisation organisation, Pick pick) {
        if ("1540-GOE".equals(organisation.id().value())) {
            return pick.oneOf("1540 Committee Group of Experts", "1540 Committee experts",
                    "Group of Experts of the 1540 Committee");
        }
        if ("1540-COMMITTEE".equals(organisation.id().value())) {
            return "1540 Committee";
        }
        if (organisation.acronym().isBlank()) {
            return organisation.name();
        }
        return switch (pick.between(0, 2)) {
            case 0 -> organisation.name();
            case 1 -> organisation.acronym();
            default -> organisation.name() + " (" + organisation.acronym() + ")";
        };
    }

    /** The acronym alone ("ECOWAS"), for a title; null when it has none that names no topic. */
    String acronymInText(String organisationId) {
        String acronym = organisation(organisationId).acronym();
        return PLAIN_ACRONYMS.contains(acronym) ? acronym : null;
    }

    /** Acronyms that a sentence uses without an article: "INTERPOL presented", but "the IAEA presented". */
    private static final Set<String> WITHOUT_ARTICLE = Set.of("UNODA", "UNREC", "UNRCPD", "UNLIREC", "UNRCCA", "UNODC",
            "UNICRI", "UNIDIR", "INTERPOL", "WHO", "VERTIC", "WINS", "CARICOM", "CTED", "SICA");

    /**
     * How the body text may name an organisation ("the IAEA", "INTERPOL"), or null when it has no
     * acronym that names no topic.
     */
    String inText(String organisationId) {
        String acronym = organisation(organisationId).acronym();
        if (!PLAIN_ACRONYMS.contains(acronym)) {
            return null;
        }
        return WITHOUT_ARTICLE.contains(acronym) ? acronym : "the " + acronym;
    }

    /**
     * Whether the city's name holds the name of another State ("Port of Spain"): written alone, the
     * reader would take the venue to be in that State, so the venue names the country too.
     */
    boolean cityNamesAnotherState(City city) {
        return citiesNamingAnotherState.contains(city);
    }

    private static boolean namesAnotherState(City city, ReferenceData reference) {
        String words = " " + city.name() + " ";
        for (State state : reference.states().all()) {
            if (!state.code().equals(city.country())
                    && state.names().stream().anyMatch(name -> words.contains(" " + name + " "))) {
                return true;
            }
        }
        return false;
    }

    /** An alias that a list can hold as it is: no comma inside, not an all-capitals abbreviation. */
    private static boolean plainName(String alias) {
        return alias.indexOf(',') < 0 && !alias.equals(alias.toUpperCase(java.util.Locale.ROOT)) && alias.length() > 4
                && !alias.startsWith("the ");
    }
}
