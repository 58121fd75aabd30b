package org.atlas1540.server.generate;

import java.util.ArrayList;
import java.util.List;
import org.atlas1540.reference.City;
import org.atlas1540.reference.State;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.generate.Cast.Listed;
import org.atlas1540.server.generate.Cast.Scope;
import org.atlas1540.server.generate.Cast.SubList;
import org.atlas1540.server.generate.Cast.Written;
import org.atlas1540.server.generate.Expected.PartyKey;

/** Chooses who organises and attends an event, and writes the organiser field and the participants' sub-lists. */
final class Casting {
    /** Headquarters where events for States of every region meet: city, and the State it is in. */
    private static final List<String> HEADQUARTERS = List.of("Vienna", "Geneva", "New York", "The Hague", "Brussels");
    private static final List<String> DONOR_STATES = List.of("NOR", "JPN", "CAN", "DEU", "USA", "GBR", "AUS", "NLD",
            "KOR", "CHE", "FIN", "DNK", "SWE", "NZL");
    /** Bodies the registry does not know: the reader keeps them as unresolved names. Invented, generic. */
    private static final List<String> OTHER_BODIES = List.of("Centre for Strategic Trade Studies",
            "Regional Customs Training Academy", "Association of Laboratory Managers", "Federation of Chemical Producers",
            "University Consortium on Non-Proliferation", "Regional Biosafety Association",
            "Council of Freight Forwarders", "Non-Proliferation Research Network");
    /** National authorities met during a visit or a national event. Invented, generic; no State named. */
    private static final List<String> NATIONAL_BODIES = List.of("Ministry of Foreign Affairs", "Ministry of Defence",
            "Ministry of Health", "Ministry of Justice", "Ministry of the Interior", "National Customs Service",
            "Nuclear Regulatory Authority", "Financial Intelligence Unit", "Office of the Attorney General",
            "National Police", "Export Control Department", "National Public Health Laboratory",
            "Atomic Energy Commission", "Civil Aviation Authority", "Ports Authority");
    private static final List<String> REMARKS = List.of("via video link", "online", "by video conference",
            "participated remotely");

    private final Names names;

    Casting(Names names) {
        this.names = names;
    }

    /** @param bulleted whether the participants will be written as list items */
    Cast cast(Scope scope, Theme theme, boolean bulleted, Pick pick) {
        return switch (scope) {
            case REGIONAL -> regional(theme, pick);
            case GLOBAL -> global(theme, pick);
            case NATIONAL -> national(theme, pick, false, bulleted);
            case VISIT -> national(theme, pick, true, bulleted);
        };
    }

    private Cast regional(Theme theme, Pick pick) {
        Region region = pick.one(Region.ALL);
        List<State> members = region.states().stream().map(names::state).toList();
        State host = pick.one(members);
        City city = pick.one(names.citiesOf(host.code()));
        var states = new ArrayList<State>(pick.some(members, Math.min(members.size(), 4), members.size()));
        if (!states.contains(host)) {
            states.add(pick.between(0, states.size()), host);
        }
        var organisations = new ArrayList<String>();
        organisations.addAll(pick.some(region.organisers(), 1, 2));
        addOnce(organisations, region.centre());
        addOnce(organisations, "UNODA");
        pick.some(theme.speakers(), 1, 3).forEach(id -> addOnce(organisations, id));
        Written organisers = organisers(host, organisations, pick, true);

        var lists = new ArrayList<SubList>();
        lists.add(SubList.of(pick.oneOf("States:", "States:", "Countries:"), listStates(states, pick)));
        if (pick.chance(0.25)) {
            var others = names.states().stream().filter(s -> !region.states().contains(s.code().value())).toList();
            List<State> observers = pick.some(others, 1, 2);
            lists.add(SubList.of("Observers:", listStates(observers, pick)));
            states.addAll(observers);
        }
        addOrganisationLists(lists, organisations, pick);
        return new Cast(Scope.REGIONAL, host, city, region, organisers, lists, List.copyOf(states),
                List.copyOf(organisations));
    }

    private Cast global(Theme theme, Pick pick) {
        City city = pick.one(HEADQUARTERS.stream().map(this::city).toList());
        State host = names.state(city.country().value());
        var everyone = names.states();
        var states = new ArrayList<>(pick.some(everyone, 10, 22));
        var organisations = new ArrayList<String>();
        addOnce(organisations, pick.oneOf("UNODA", "OSCE", "1540-COMMITTEE", "UNODC", "IAEA"));
        addOnce(organisations, "UNODA");
        theme.speakers().forEach(id -> addOnce(organisations, id));
        pick.some(List.of("EU", "AU", "OAS", "ASEAN", "LAS", "CTED", "UNICRI", "UNIDIR"), 1, 4)
                .forEach(id -> addOnce(organisations, id));
        Written organisers = organisers(host, organisations, pick, false);
        var lists = new ArrayList<SubList>();
        lists.add(SubList.of("States:", listStates(states, pick)));
        addOrganisationLists(lists, organisations, pick);
        return new Cast(Scope.GLOBAL, host, city, null, organisers, lists, List.copyOf(states),
                List.copyOf(organisations));
    }

    /** A national event or a visit: the host's own authorities meet the visitors. */
    private Cast national(Theme theme, Pick pick, boolean visit, boolean bulleted) {
        State host = pick.one(names.states().stream().filter(s -> !names.citiesOf(s.code()).isEmpty()).toList());
        City city = pick.one(names.citiesOf(host.code()));
        var organisations = new ArrayList<String>();
        if (visit) {
            organisations.add("1540-COMMITTEE");
            organisations.add("UNODA");
        } else {
            organisations.add(pick.oneOf("UNODA", "1540-GOE"));
            pick.some(theme.speakers(), 1, 2).forEach(id -> addOnce(organisations, id));
        }
        Written organisers = organisers(host, visit ? List.of("1540-COMMITTEE", "UNODA") : organisations.subList(0, 1),
                pick, true);
        var lists = new ArrayList<SubList>();
        var bodies = new ArrayList<Listed>();
        for (String body : pick.some(NATIONAL_BODIES, 4, 8)) {
            bodies.add(new Listed(body, PartyKey.unresolved(body)));
        }
        if (!bulleted && pick.chance(0.3)) {
            // Not as a list item: the reader keeps the item's dash in the mention of such a body.
            String body = pick.oneOf("Customs Administration", "Radiation Protection Agency", "Centre for Disease Control")
                    + " of " + host.shortName();
            bodies.add(new Listed(body, PartyKey.unresolved(body)));
        }
        lists.add(new SubList("National authorities:", "National authorities:", bodies, true, false));
        var visitors = new ArrayList<Listed>();
        visitors.add(organisationListed("1540-GOE", pick));
        for (String id : organisations) {
            if (!id.equals("1540-COMMITTEE") && !id.equals("1540-GOE")) {
                visitors.add(organisationListed(id, pick));
            }
        }
        String visitorsHeading = pick.oneOf("Organisations:", "Other speakers:", "Other:", "Experts:");
        lists.add(new SubList(visitorsHeading, visit ? pick.oneOf("Delegation:", "Visiting delegation:") : visitorsHeading,
                visitors, false, false));
        var ids = new ArrayList<String>(organisations);
        addOnce(ids, "1540-GOE");
        return new Cast(visit ? Scope.VISIT : Scope.NATIONAL, host, city, null, organisers, lists, List.of(host),
                List.copyOf(ids));
    }

    /** The organiser field: lead bodies, the host's Government, partners and a donor, joined as notes join them. */
    private Written organisers(State host, List<String> organisations, Pick pick, boolean hostOrganises) {
        var parts = new ArrayList<Written>();
        List<String> bodies = organisations.subList(0, Math.min(organisations.size(), pick.between(1, 3)));
        for (String id : bodies) {
            parts.add(new Written(names.organisationMention(names.organisation(id), pick),
                    List.of(PartyKey.organisation(id))));
        }
        Written government = new Written(names.governmentOf(host, pick), List.of(PartyKey.state(host.code())));
        Written donor = null;
        if (pick.chance(0.35)) {
            donor = pick.chance(0.5)
                    ? new Written("the European Union", List.of(PartyKey.organisation("EU")))
                    : governmentWritten(pick.one(DONOR_STATES.stream().filter(c -> !c.equals(host.code().value())).toList()),
                            pick);
            if (donor.parties().stream().anyMatch(p -> bodies.contains(p.value()))) {
                donor = null;
            }
        }
        var text = new StringBuilder();
        var keys = new ArrayList<PartyKey>();
        int form = hostOrganises ? pick.between(0, 4) : pick.between(2, 3);
        switch (form) {
            case 0 -> { // "Government of X with the support of A and B"
                append(text, keys, government);
                text.append(' ').append(pick.oneOf("with the support of", "with support of", "in cooperation with",
                        "in partnership with", "together with")).append(' ');
                join(text, keys, parts, pick);
            }
            case 1 -> { // "A in cooperation with the Government of X and B"
                append(text, keys, parts.get(0));
                text.append(' ').append(pick.oneOf("in cooperation with", "in collaboration with", "jointly with"))
                        .append(government.text().startsWith("Government") ? " the " : " ");
                var rest = new ArrayList<Written>();
                rest.add(government);
                rest.addAll(parts.subList(1, parts.size()));
                join(text, keys, rest, pick);
            }
            case 4 -> { // "A and B, hosted by the Government of X"
                join(text, keys, parts, pick);
                text.append(government.text().startsWith("Government") ? ", hosted by the " : ", hosted by ");
                append(text, keys, government);
            }
            default -> { // "A in partnership with B", "A, B and C"
                if (parts.size() > 1 && pick.chance(0.5)) {
                    append(text, keys, parts.get(0));
                    text.append(' ').append(pick.oneOf("in partnership with", "in cooperation with")).append(' ');
                    join(text, keys, parts.subList(1, parts.size()), pick);
                } else {
                    join(text, keys, parts, pick);
                }
            }
        }
        if (donor != null && donor.parties().stream().noneMatch(keys::contains)) {
            text.append(", ").append(pick.oneOf("with funding from", "with the financial support of", "funded by"))
                    .append(' ');
            append(text, keys, donor);
        }
        return new Written(text.toString(), keys);
    }

    private Written governmentWritten(String code, Pick pick) {
        State state = names.state(code);
        return new Written("the Government of " + state.shortName(), List.of(PartyKey.state(state.code())));
    }

    private static void append(StringBuilder text, List<PartyKey> keys, Written part) {
        // "with the support of the 1540 Committee" (not "the 1540 Committee experts": the reader would take
        // "the 1540 Committee" and leave "experts")
        text.append(text.length() > 0 && part.text().equals("1540 Committee") ? "the " : "").append(part.text());
        part.parties().forEach(k -> {
            if (!keys.contains(k)) {
                keys.add(k);
            }
        });
    }

    private static void join(StringBuilder text, List<PartyKey> keys, List<Written> parts, Pick pick) {
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                text.append(i == parts.size() - 1 ? (pick.chance(0.8) ? " and " : ", ") : ", ");
            }
            append(text, keys, parts.get(i));
        }
    }

    private List<Listed> listStates(List<State> states, Pick pick) {
        return states.stream().map(s -> new Listed(names.stateMention(s, pick), PartyKey.state(s.code()))).toList();
    }

    private Listed organisationListed(String id, Pick pick) {
        return new Listed(names.organisationMention(names.organisation(id), pick), PartyKey.organisation(id));
    }

    /** The organisations' sub-list, with now and then a body the registry does not know, and one who took part remotely. */
    private void addOrganisationLists(List<SubList> lists, List<String> organisations, Pick pick) {
        var listed = new ArrayList<Listed>();
        for (String id : organisations) {
            if (!id.equals("1540-COMMITTEE") || pick.chance(0.5)) {
                listed.add(organisationListed(id, pick));
            }
        }
        if (pick.chance(0.3)) {
            String body = pick.one(OTHER_BODIES);
            listed.add(pick.between(0, listed.size()), new Listed(body, PartyKey.unresolved(body)));
        }
        if (pick.chance(0.85)) {
            listed.add(organisationListed("1540-GOE", pick));
        }
        var remote = new ArrayList<Listed>();
        // Only a State or a registered organisation: the reader keeps a bracket after an unknown name in its mention.
        var known = listed.stream().filter(l -> !l.key().type().equals("unresolved")).toList();
        if (pick.chance(0.3) && known.size() > 2) {
            int i = listed.indexOf(pick.one(known.subList(0, known.size() - 1)));
            Listed moved = listed.remove(i);
            if (pick.chance(0.5)) {
                listed.add(i, new Listed(moved.text() + " (" + pick.one(REMARKS) + ")", moved.key()));
            } else {
                remote.add(moved);
            }
        }
        lists.add(SubList.of(pick.oneOf("Organisations / Other speakers:", "Organisations:", "Other:",
                "International organisations:", "Other speakers:"), listed));
        if (!remote.isEmpty()) {
            String heading = pick.oneOf("Participated online:", "Joined remotely:");
            lists.add(new SubList(heading, heading, remote, false, true));
        }
    }

    private City city(String name) {
        return names.citiesOf(cityCountry(name)).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no city " + name + " in the reference data"));
    }

    private static StateCode cityCountry(String name) {
        return StateCode.of(switch (name) {
            case "Vienna" -> "AUT";
            case "Geneva" -> "CHE";
            case "New York" -> "USA";
            case "The Hague" -> "NLD";
            case "Brussels" -> "BEL";
            default -> throw new IllegalArgumentException(name);
        });
    }

    private static void addOnce(List<String> list, String id) {
        if (!list.contains(id)) {
            list.add(id);
        }
    }
}
