package org.atlas1540.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The names a State may be written as, which the note reader matches against. */
class StateNamesTest {
    private final ReferenceData reference = ReferenceData.standard();

    private State state(String code) {
        return reference.states().get(StateCode.of(code));
    }

    /** Case-insensitive, and curly apostrophes count as straight ones, as the matcher folds them. */
    static String fold(String name) {
        return name.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
    }

    @Test
    void noNameBelongsToTwoStates() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (State state : reference.states().all()) {
            state.names().stream().map(StateNamesTest::fold).distinct().forEach(name -> {
                String previous = owner.putIfAbsent(name, state.code().value());
                if (previous != null) {
                    clashes.add(name + ": " + previous + " and " + state.code());
                }
            });
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void noStateNameIsAlsoAnOrganisationName() {
        Map<String, String> organisationNames = new HashMap<>();
        for (Organisation organisation : reference.organisations().all()) {
            organisation.names().forEach(n -> organisationNames.put(fold(n), organisation.id().value()));
        }
        List<String> clashes = new ArrayList<>();
        for (State state : reference.states().all()) {
            for (String name : state.names()) {
                if (organisationNames.containsKey(fold(name))) {
                    clashes.add(name + ": " + state.code() + " and " + organisationNames.get(fold(name)));
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void namesUseStraightApostrophesAndNoStrayWhitespace() {
        assertThat(reference.states().all()).flatExtracting(State::names)
                .allSatisfy(name -> assertThat(name).doesNotContain("\u2019", "\u2018", "  ").isEqualTo(name.strip()));
    }

    @Test
    void commonAndIsoStyleNamesAreAliases() {
        assertThat(state("KOR").aliases()).contains("Korea, Republic of", "South Korea");
        assertThat(state("PRK").aliases()).contains("DPRK", "North Korea");
        assertThat(state("IRN").aliases()).contains("Iran, Islamic Republic of", "Iran");
        assertThat(state("RUS").aliases()).contains("Russia");
        assertThat(state("MDA").aliases()).contains("Moldova");
        assertThat(state("LAO").aliases()).contains("Laos", "Lao PDR");
        assertThat(state("CIV").aliases()).contains("Cote d'Ivoire", "Ivory Coast");
        assertThat(state("TUR").aliases()).contains("Turkey", "Turkiye");
        assertThat(state("BIH").aliases()).contains("Bosnia & Herzegovina");
        assertThat(state("USA").aliases()).contains("United States", "USA");
        assertThat(state("GBR").aliases()).contains("United Kingdom", "UK", "Great Britain");
        assertThat(state("NLD").aliases()).contains("Netherlands", "the Netherlands").doesNotContain("Holland");
        assertThat(state("COD").aliases()).contains("DRC", "Democratic Republic of Congo");
        assertThat(state("COG").names()).contains("Congo", "Republic of the Congo", "Congo-Brazzaville");
        assertThat(state("SWZ").aliases()).contains("Swaziland");
        assertThat(state("MMR").aliases()).contains("Burma");
        assertThat(state("VAT").aliases()).contains("Vatican");
        assertThat(state("PSE").aliases()).contains("Palestine");
        assertThat(state("CZE").names()).contains("Czech Republic");
    }

    @Test
    void ambiguousWordsAreNotAliases() {
        assertThat(reference.states().all()).flatExtracting(State::names).map(StateNamesTest::fold)
                .doesNotContain("korea", "holland", "us", "america", "europe");
    }
}
