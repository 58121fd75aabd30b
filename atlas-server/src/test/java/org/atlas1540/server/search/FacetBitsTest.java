package org.atlas1540.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FacetBitsTest {
    private final FacetBits bits = FacetBits.of(new Regions());

    @Test
    void eachRegionAndTopicHasItsOwnBitAndTheBitsReadBackAsTheValues() {
        long regions = bits.bits(Facet.REGION, List.of("Europe", "Africa"));
        long topics = bits.bits(Facet.TOPIC, List.of("export-control", "biosecurity", "civil-society"));

        assertThat(Long.bitCount(regions)).isEqualTo(2);
        assertThat(Long.bitCount(topics)).isEqualTo(3);
        assertThat(bits.decode(Facet.REGION, regions)).containsExactly("Africa", "Europe");
        assertThat(bits.decode(Facet.TOPIC, topics)).containsExactly("export-control", "biosecurity", "civil-society");
        assertThat(bits.bit(Facet.TOPIC, "biosecurity")).hasValue(1L << bits.topics().indexOf("biosecurity"));
    }

    @Test
    void aValueTheLayoutDoesNotKnowHasNoBit() {
        assertThat(bits.bits(Facet.REGION, List.of("Atlantis"))).isZero();
        assertThat(bits.bit(Facet.TOPIC, "astrology")).isEmpty();
    }

    @Test
    void theLayoutNamesEveryValueInBitOrder() {
        assertThat(bits.regions()).containsExactly("Africa", "Americas", "Asia", "Europe", "Oceania");
        assertThat(bits.layout()).startsWith("regions=Africa,Americas,Asia,Europe,Oceania;topics=national-action-plans,")
                .endsWith(",civil-society");
        assertThat(new FacetBits(List.of("A"), List.of("x")).layout())
                .isNotEqualTo(new FacetBits(List.of("A"), List.of("x", "y")).layout());
    }

    @Test
    void aLayoutHoldsAtMostAsManyValuesAsANumberHasBits() {
        assertThatThrownBy(() -> new FacetBits(Collections.nCopies(64, "r"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 63");
    }
}
