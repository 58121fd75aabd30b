package org.atlas1540.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atlas1540.reference.UnRegionalGroup.AFRICAN;
import static org.atlas1540.reference.UnRegionalGroup.ASIA_PACIFIC;
import static org.atlas1540.reference.UnRegionalGroup.EASTERN_EUROPEAN;
import static org.atlas1540.reference.UnRegionalGroup.LATIN_AMERICAN_AND_CARIBBEAN;
import static org.atlas1540.reference.UnRegionalGroup.WESTERN_EUROPEAN_AND_OTHERS;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StatesTest {
    private final States states = ReferenceData.standard().states();

    private State state(String code) {
        return states.get(StateCode.of(code));
    }

    private List<String> codes(Predicate<State> filter) {
        return states.all().stream().filter(filter).map(s -> s.code().value()).sorted().toList();
    }

    @Test
    void lists193MemberStatesTwoObserverStatesAndOtherEntities() {
        assertThat(codes(s -> s.status() == StateStatus.MEMBER)).hasSize(193);
        assertThat(codes(s -> s.status() == StateStatus.OBSERVER)).containsExactly("PSE", "VAT");
        assertThat(codes(s -> s.status() == StateStatus.OTHER)).contains("TWN", "XKX");
    }

    @Test
    void everyMemberStateIsInOneRegionalGroupExceptTurkiyeInTwo() {
        assertThat(states.all()).filteredOn(s -> s.status() == StateStatus.MEMBER)
                .filteredOn(s -> !s.code().value().equals("TUR"))
                .allSatisfy(s -> assertThat(s.groups()).as(s.shortName()).hasSize(1));
        assertThat(state("TUR").groups()).containsExactlyInAnyOrder(WESTERN_EUROPEAN_AND_OTHERS, ASIA_PACIFIC);
    }

    @Test
    void observersAndOtherEntitiesHaveNoRegionalGroup() {
        assertThat(states.all()).filteredOn(s -> s.status() != StateStatus.MEMBER)
                .allSatisfy(s -> assertThat(s.groups()).as(s.shortName()).isEmpty());
    }

    @Test
    void regionalGroupsHaveTheirKnownSizes() {
        // Türkiye is counted in both of its groups; the United States sits with WEOG.
        assertThat(codes(s -> s.groups().contains(AFRICAN))).hasSize(54);
        assertThat(codes(s -> s.groups().contains(ASIA_PACIFIC))).hasSize(55);
        assertThat(codes(s -> s.groups().contains(EASTERN_EUROPEAN))).hasSize(23);
        assertThat(codes(s -> s.groups().contains(LATIN_AMERICAN_AND_CARIBBEAN))).hasSize(33);
        assertThat(codes(s -> s.groups().contains(WESTERN_EUROPEAN_AND_OTHERS))).hasSize(29);
    }

    @Test
    void groupsThatAreEasyToGetWrongAreRight() {
        assertThat(state("USA").groups()).containsExactly(WESTERN_EUROPEAN_AND_OTHERS);
        assertThat(state("ISR").groups()).containsExactly(WESTERN_EUROPEAN_AND_OTHERS);
        assertThat(state("AUS").groups()).containsExactly(WESTERN_EUROPEAN_AND_OTHERS);
        assertThat(state("KIR").groups()).containsExactly(ASIA_PACIFIC);
        assertThat(state("CYP").groups()).containsExactly(ASIA_PACIFIC);
        assertThat(state("KAZ").groups()).containsExactly(ASIA_PACIFIC);
        assertThat(state("GEO").groups()).containsExactly(EASTERN_EUROPEAN);
    }

    @Test
    void osceHas57ParticipatingStatesAndElevenPartners() {
        assertThat(codes(s -> s.osce() == OsceStatus.PARTICIPATING)).hasSize(57).contains("VAT", "MNG", "USA", "CAN");
        assertThat(codes(s -> s.osce() == OsceStatus.PARTNER))
                .containsExactly("AFG", "AUS", "DZA", "EGY", "ISR", "JOR", "JPN", "KOR", "MAR", "THA", "TUN");
    }

    @Test
    void serbiaIsAnEasternEuropeanOsceParticipatingStateInSouthernEurope() {
        State serbia = state("SRB");
        assertThat(serbia.alpha2()).isEqualTo("RS");
        assertThat(serbia.status()).isEqualTo(StateStatus.MEMBER);
        assertThat(serbia.groups()).containsExactly(EASTERN_EUROPEAN);
        assertThat(serbia.m49Region()).isEqualTo("Europe");
        assertThat(serbia.m49SubRegion()).isEqualTo("Southern Europe");
        assertThat(serbia.osce()).isEqualTo(OsceStatus.PARTICIPATING);
    }

    @Test
    void northMacedoniaIsStillKnownByItsFormerName() {
        State mkd = state("MKD");
        assertThat(mkd.shortName()).isEqualTo("North Macedonia");
        assertThat(mkd.aliases()).contains("The former Yugoslav Republic of Macedonia", "Macedonia");
    }

    @Test
    void holySeeIsAnOsceParticipatingObserverState() {
        State holySee = state("VAT");
        assertThat(holySee.shortName()).isEqualTo("Holy See");
        assertThat(holySee.status()).isEqualTo(StateStatus.OBSERVER);
        assertThat(holySee.osce()).isEqualTo(OsceStatus.PARTICIPATING);
        assertThat(holySee.groups()).isEmpty();
    }

    @Test
    void stateOfPalestineIsAnObserverWithoutGroup() {
        State palestine = state("PSE");
        assertThat(palestine.shortName()).isEqualTo("State of Palestine");
        assertThat(palestine.status()).isEqualTo(StateStatus.OBSERVER);
        assertThat(palestine.groups()).isEmpty();
        assertThat(palestine.osce()).isEqualTo(OsceStatus.NONE);
    }

    @Test
    void kosovoIsAnOtherEntityWithAUserAssignedCode() {
        State kosovo = state("XKX");
        assertThat(kosovo.alpha2()).isEqualTo("XK");
        assertThat(kosovo.shortName()).isEqualTo("Kosovo");
        assertThat(kosovo.status()).isEqualTo(StateStatus.OTHER);
    }

    @Test
    void shortNamesAreTheOnesTheUnUsesToday() {
        assertThat(states.all()).extracting(State::shortName).contains(
                "North Macedonia", "Türkiye", "Russian Federation", "Republic of Moldova", "Côte d'Ivoire",
                "Viet Nam", "Iran (Islamic Republic of)", "Bolivia (Plurinational State of)", "Republic of Korea",
                "Democratic People's Republic of Korea", "Lao People's Democratic Republic",
                "United Kingdom of Great Britain and Northern Ireland", "United States of America", "Czechia",
                "Netherlands (Kingdom of the)", "Syrian Arab Republic", "United Republic of Tanzania", "Holy See",
                "State of Palestine");
    }

    @Test
    void everyEntryHasCodesNamesAndAnM49SubRegion() {
        var subRegions = Set.of("Northern Africa", "Sub-Saharan Africa", "Latin America and the Caribbean",
                "Northern America", "Central Asia", "Eastern Asia", "South-eastern Asia", "Southern Asia",
                "Western Asia", "Eastern Europe", "Northern Europe", "Southern Europe", "Western Europe",
                "Australia and New Zealand", "Melanesia", "Micronesia", "Polynesia");
        assertThat(states.all()).allSatisfy(s -> {
            assertThat(s.alpha2()).as(s.code().value()).matches("[A-Z]{2}");
            assertThat(s.shortName()).as(s.code().value()).isNotBlank();
            assertThat(s.formalName()).as(s.code().value()).isNotBlank();
            assertThat(s.m49Region()).as(s.code().value()).isIn("Africa", "Americas", "Asia", "Europe", "Oceania");
            assertThat(s.m49SubRegion()).as(s.code().value()).isIn(subRegions);
        });
        assertThat(states.all().stream().map(State::alpha2).collect(Collectors.toSet())).hasSize(states.all().size());
    }

    @Test
    void statesAreSortedByShortNameIgnoringAccents() {
        List<String> keys = states.all().stream().map(s -> sortKey(s.shortName())).toList();
        assertThat(keys).isSorted();
    }

    /** Same key as tools/reference/build.mjs: accents removed, lower case, then code-unit order. */
    static String sortKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    @Test
    void aStatesShortNameIsItsNameAndAnUnknownCodeStandsForItself() {
        assertThat(states.shortNameOf(StateCode.of("MDA"))).isEqualTo("Republic of Moldova");
        assertThat(states.shortNameOf(StateCode.of("SRB"))).isEqualTo("Serbia");
        assertThat(states.shortNameOf(StateCode.of("ZZZ"))).isEqualTo("ZZZ");
    }
}
