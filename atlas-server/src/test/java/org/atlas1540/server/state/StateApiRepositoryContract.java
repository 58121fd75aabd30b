package org.atlas1540.server.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.atlas1540.reference.StateCode;
import org.atlas1540.reference.UnRegionalGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The States API's SQL over the reference data loaded at start-up, on whichever database the subclass names. */
abstract class StateApiRepositoryContract {

    @Autowired
    StateApiRepository states;

    @Test
    void allStatesComeByShortNameWithTheirGroups() {
        List<StateApiRepository.Row> all = states.all();

        assertThat(all.size()).isGreaterThanOrEqualTo(195);
        assertThat(all.get(0).shortName()).isEqualTo("Afghanistan");
        assertThat(all).filteredOn(s -> s.code().equals("TUR")).singleElement()
                .satisfies(t -> assertThat(t.groups()).containsExactly(UnRegionalGroup.ASIA_PACIFIC,
                        UnRegionalGroup.WESTERN_EUROPEAN_AND_OTHERS));
        assertThat(all).filteredOn(s -> s.code().equals("VAT")).singleElement()
                .satisfies(v -> assertThat(v.groups()).isEmpty());
    }

    @Test
    void oneStateByCode() {
        var serbia = states.find(StateCode.of("SRB")).orElseThrow();

        assertThat(serbia.formalName()).isEqualTo("Republic of Serbia");
        assertThat(serbia.alpha2()).isEqualTo("RS");
        assertThat(serbia.subregion()).isEqualTo("Southern Europe");
        assertThat(serbia.osceStatus()).isEqualTo("participating");
        assertThat(serbia.groups()).containsExactly(UnRegionalGroup.EASTERN_EUROPEAN);
        assertThat(states.find(StateCode.of("XYZ"))).isEmpty();
    }
}
