package org.atlas1540.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CitiesTest {
    private final ReferenceData reference = ReferenceData.standard();
    private final List<City> cities = reference.cities().all();

    private City city(String name) {
        return cities.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no city " + name));
    }

    @Test
    void everyCityIsInAKnownState() {
        assertThat(cities).allSatisfy(c -> assertThat(reference.states().find(c.country())).as(c.name()).isPresent());
    }

    @Test
    void everyStateHasAtLeastOneCity() {
        Set<StateCode> withCity = cities.stream().map(City::country).collect(Collectors.toSet());
        assertThat(reference.states().all()).allSatisfy(s -> assertThat(withCity).as(s.shortName()).contains(s.code()));
    }

    @Test
    void noCityNameOrAliasIsListedTwice() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (City city : cities) {
            for (String name : city.names()) {
                String previous = owner.putIfAbsent(StateNamesTest.fold(name), city.name() + " " + city.country());
                if (previous != null) {
                    clashes.add(name + ": " + previous + " and " + city.name() + " " + city.country());
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void historicalAndAsciiSpellingsAreAliases() {
        assertThat(city("Kyiv").country()).isEqualTo(StateCode.of("UKR"));
        assertThat(city("Kyiv").aliases()).contains("Kiev");
        assertThat(city("Astana").aliases()).contains("Nur-Sultan");
        assertThat(city("Chisinau").aliases()).contains("Chişinău", "Kishinev");
        assertThat(city("Mumbai").aliases()).contains("Bombay");
        assertThat(city("Yangon").aliases()).contains("Rangoon");
        assertThat(city("Lomé").aliases()).contains("Lome");
        assertThat(city("Bogotá").aliases()).contains("Bogota");
        assertThat(city("San José").aliases()).contains("San Jose");
        assertThat(city("Washington").aliases()).contains("Washington, D.C.", "Washington DC");
    }

    @Test
    void venuesOfOutreachEventsAreKnown() {
        Map<String, String> venues = Map.of(
                "Geneva", "CHE", "Vienna", "AUT", "The Hague", "NLD", "New York", "USA", "Split", "HRV",
                "Belgrade", "SRB", "Ohrid", "MKD", "Brdo pri Kranju", "SVN", "Wiesbaden", "DEU", "San José", "CRI");
        venues.forEach((name, country) -> assertThat(city(name).country()).as(name).isEqualTo(StateCode.of(country)));
    }
}
