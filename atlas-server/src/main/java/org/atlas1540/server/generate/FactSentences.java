package org.atlas1540.server.generate;

import static org.atlas1540.notes.Topic.ASSISTANCE;
import static org.atlas1540.notes.Topic.BIOSECURITY;
import static org.atlas1540.notes.Topic.BORDER_SECURITY;
import static org.atlas1540.notes.Topic.EXPORT_CONTROL;
import static org.atlas1540.notes.Topic.LEGISLATION;
import static org.atlas1540.notes.Topic.NATIONAL_ACTION_PLANS;
import static org.atlas1540.notes.Topic.NUCLEAR_SECURITY;
import static org.atlas1540.notes.Topic.REPORTING;

import java.time.LocalDate;
import java.util.List;
import org.atlas1540.notes.Topic;
import org.atlas1540.reference.City;
import org.atlas1540.reference.State;

/**
 * Sentences that suggest a fact (a national action plan, a country visit, an assistance need, an
 * earlier event, agreed recommendations), each recording the fact it suggests. The other
 * sentences of a note are written so that they suggest none: no State named beside a plan, a
 * visit or a need.
 */
final class FactSentences {
    static final String PLAN = "national-action-plan";
    static final String VISIT = "country-visit";
    static final String NEED = "assistance-need";
    static final String RELATED = "related-event";
    static final String RECOMMENDATIONS = "recommendations";

    static final String PLANS_URL = "https://www.un.org/en/sc/1540/national-implementation/national-action-plans.shtml";

    /** Needs as a noun phrase ("a need for ..."), with the topics their words name. */
    private static final List<Passage> NEEDS = List.of(
            Passage.of("radiation detection equipment at its main border crossings", BORDER_SECURITY),
            Passage.of("the training of customs officers in the identification of sensitive goods", BORDER_SECURITY),
            Passage.of("training for laboratory staff in biosafety", BIOSECURITY),
            Passage.of("support in preparing its first national report", REPORTING),
            Passage.of("equipment to secure radioactive sources in hospitals", NUCLEAR_SECURITY),
            Passage.of("expert advice on the drafting of implementing regulations"));
    /** Needs as what a State would welcome help "in" doing; no "its", so that they fit any subject. */
    private static final List<Passage> HELP_WITH = List.of(
            Passage.of("drafting export control legislation", EXPORT_CONTROL, LEGISLATION),
            Passage.of("drafting national control lists", EXPORT_CONTROL),
            Passage.of("training licensing officials", EXPORT_CONTROL),
            Passage.of("upgrading the biosafety of national reference laboratories", BIOSECURITY),
            Passage.of("strengthening the physical protection of nuclear material", NUCLEAR_SECURITY),
            Passage.of("setting up a national register of toxic chemicals"));
    private static final List<String> EARLIER_EVENTS = List.of("regional workshop on the implementation of the resolution",
            "sub-regional seminar for the same States", "first meeting of this kind", "round table on national implementation");

    private final Names names;

    FactSentences(Names names) {
        this.names = names;
    }

    Passage actionPlan(Occasion occasion, Pick pick, Expected expected) {
        List<State> states = occasion.cast().states();
        State state = pick.one(states);
        int form = pick.between(0, 4);
        if (form == 2 && !states.contains(occasion.cast().host())) {
            form = 0;
        }
        switch (form) {
            case 0 -> {
                expected.fact(PLAN, state.code());
                int year = Math.max(2008, occasion.year() - pick.between(0, 3));
                return Passage.of("The delegation of " + state.shortName() + " presented its national action plan, which "
                        + "it submitted to the 1540 Committee in " + year + ".", NATIONAL_ACTION_PLANS);
            }
            case 1 -> {
                expected.fact(PLAN, state.code());
                return Passage.of(state.shortName() + " informed participants that an inter-agency working group is "
                        + "preparing its voluntary national implementation action plan.", NATIONAL_ACTION_PLANS);
            }
            case 2 -> {
                expected.fact(PLAN, occasion.cast().host().code());
                return Passage.of("The host State presented the draft of its national action plan, prepared by an "
                        + "inter-ministerial committee.", NATIONAL_ACTION_PLANS);
            }
            case 3 -> {
                List<State> two = pick.some(states, 2, 2);
                two.forEach(s -> expected.fact(PLAN, s.code()));
                if (two.size() == 1) {
                    return Passage.of(two.get(0).shortName() + " announced that it was preparing a national action plan "
                            + "and expected to complete it in " + (occasion.year() + 1) + ".", NATIONAL_ACTION_PLANS);
                }
                return Passage.of(two.get(0).shortName() + " and " + two.get(1).shortName() + " announced that they were "
                        + "preparing national action plans and expected to complete them in " + (occasion.year() + 1) + ".",
                        NATIONAL_ACTION_PLANS);
            }
            default -> {
                expected.fact(PLAN, state.code());
                expected.url(PLANS_URL);
                return Passage.of("The delegation of " + state.shortName() + " described the national action plan it "
                        + "submitted to the Committee, which is published with the other plans at " + PLANS_URL + ".",
                        NATIONAL_ACTION_PLANS);
            }
        }
    }

    Passage countryVisit(Occasion occasion, Pick pick, Expected expected) {
        int year = occasion.year() + pick.between(0, 1);
        if (pick.chance(0.5) && occasion.cast().states().size() > 1) {
            List<State> two = pick.some(occasion.cast().states(), 2, 2);
            two.forEach(s -> expected.fact(VISIT, s.code()));
            return Passage.of("In the margins of the " + occasion.noun() + ", the 1540 Committee experts held bilateral "
                    + "consultations with the delegations of " + two.get(0).shortName() + " and " + two.get(1).shortName()
                    + " regarding possible country visits in " + year + ".");
        }
        State state = pick.one(occasion.cast().states());
        expected.fact(VISIT, state.code());
        return Passage.of("The delegation of " + state.shortName() + " indicated that its Government was considering "
                + "inviting the Committee for a country visit in " + year + ".");
    }

    Passage need(Occasion occasion, Pick pick, Expected expected) {
        switch (pick.between(0, 3)) {
            case 0 -> {
                State state = pick.one(occasion.cast().states());
                expected.fact(NEED, state.code());
                return Passage.of("The delegation of " + state.shortName() + " identified a need for ")
                        .then("", pick.one(NEEDS)).then("", Passage.of("."));
            }
            case 1 -> {
                State state = pick.one(occasion.cast().states());
                expected.fact(NEED, state.code());
                return Passage.of(state.shortName() + " requested assistance in ", ASSISTANCE)
                        .then("", pick.one(HELP_WITH)).then("", Passage.of("."));
            }
            case 2 -> {
                expected.fact(NEED, null);
                return Passage.of("Several delegations indicated that they would welcome help in ")
                        .then("", pick.one(HELP_WITH)).then("", Passage.of("."));
            }
            default -> {
                expected.fact(NEED, null);
                Passage need = pick.one(NEEDS.subList(1, NEEDS.size() - 1).stream()
                        .filter(p -> !p.text().contains("its ")).toList());
                return Passage.of("Participants identified a need for ").then("", need)
                        .then("", Passage.of(" throughout the region."));
            }
        }
    }

    /** A need the national authorities named during a visit or a national event. */
    Passage nationalNeed(Occasion occasion, Pick pick, Expected expected) {
        if (pick.chance(0.5)) {
            expected.fact(NEED, null);
            Passage need = pick.one(NEEDS.stream().filter(p -> !p.text().contains("its ")).toList());
            return Passage.of("The national authorities identified a need for ").then("", need).then("", Passage.of("."));
        }
        State host = occasion.cast().host();
        expected.fact(NEED, host.code());
        return Passage.of("The authorities explained that " + host.shortName() + " would welcome assistance in ", ASSISTANCE)
                .then("", pick.one(HELP_WITH)).then("", Passage.of("."));
    }

    Passage relatedEvent(Occasion occasion, Pick pick, Expected expected) {
        LocalDate start = occasion.start().minusYears(pick.between(1, 3)).minusDays(pick.between(10, 200));
        LocalDate end = start.plusDays(pick.between(0, 2));
        State state = pick.one(occasion.cast().states());
        List<City> cities = names.citiesOf(state.code());
        City city = pick.one(cities);
        String dates = DateWriter.write(start, end, pick.oneOf(DateWriter.Style.HYPHEN, DateWriter.Style.EN_DASH));
        String place = city.name() + ", " + state.shortName();
        expected.fact(RELATED, null);
        String earlier = pick.one(EARLIER_EVENTS);
        // "The visit was a follow-up to ... in Lima, Peru" would also read as a visit to Peru.
        int form = occasion.kind() == org.atlas1540.notes.EventKind.COUNTRY_VISIT ? 1 : pick.between(0, 2);
        return switch (form) {
            case 0 -> Passage.of("The " + occasion.noun() + " was a follow-up to the " + earlier + " held " + dates + " in "
                    + place + ".");
            case 1 -> Passage.of("It built on the results of the " + earlier + ", which was held " + dates + " in " + place
                    + ".");
            default -> Passage.of("The " + occasion.noun() + " followed the \"Regional Workshop on the Implementation of "
                    + "Resolution 1540 (2004)\" held " + dates + " in " + place + ".");
        };
    }

    /** A sentence that reports agreed recommendations; the reader takes one such fact per note. */
    Passage recommendations(Occasion occasion, Pick pick, Expected expected) {
        if (!expected.hasFact(RECOMMENDATIONS)) {
            expected.fact(RECOMMENDATIONS, null);
        }
        if (pick.chance(0.5)) {
            return Passage.of("At the end of the " + occasion.noun() + ", the participants adopted informal "
                    + "recommendations (see attachment).");
        }
        Passage on = pick.one(List.of(
                Passage.of("the designation of national points of contact", Topic.POINTS_OF_CONTACT),
                Passage.of("closer coordination among providers of assistance", ASSISTANCE),
                Passage.of("joint training for customs and licensing officials", BORDER_SECURITY, EXPORT_CONTROL),
                Passage.of("the regular exchange of information among the organisations present")));
        return Passage.of("Participants agreed on a set of recommendations, annexed to this note, on ").then("", on)
                .then("", Passage.of("."));
    }
}
