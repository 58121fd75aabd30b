package org.atlas1540.server.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.atlas1540.server.assistance.AssistanceArea;
import org.atlas1540.server.testing.AssistanceTestData;
import org.atlas1540.server.testing.TestClock;
import org.atlas1540.server.testing.TestData;
import org.atlas1540.server.web.ConcurrentEditException;
import org.atlas1540.server.web.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Offers on whichever database the subclass names. */
abstract class AssistanceOffersContract {
    @Autowired
    AssistanceOffers offers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @BeforeEach
    @AfterEach
    void cleanSlate() {
        AssistanceTestData.deleteAll(jdbc);
        clock.setDay(java.time.LocalDate.of(2024, 3, 1));
    }

    static OfferForm form(String type, String id, List<String> areas, List<String> regions, String programme) {
        return new OfferForm(type, id, areas, regions, programme, "Courses for customs officers", "unit@example.org",
                "2023-05-01", "");
    }

    @Test
    void anOfferIsStoredWithItsProviderAreasAndRegions() {
        var id = offers.create(form("organisation", "osce", List.of("border-security", "export-control"),
                List.of("europe", "eastern-european-states"), "Border programme"), "editor1");

        AssistanceOffer offer = offers.find(id).orElseThrow();
        assertThat(offer.provider()).isEqualTo(new Provider(Provider.Kind.ORGANISATION, "OSCE"));
        assertThat(offer.provider().path()).isEqualTo("/organisations/OSCE");
        assertThat(offer.areas()).containsExactlyInAnyOrder(AssistanceArea.BORDER_SECURITY, AssistanceArea.EXPORT_CONTROL);
        assertThat(offer.regions()).containsExactlyInAnyOrder("europe", "eastern-european-states");
        assertThat(offers.count(null, AssistanceArea.EXPORT_CONTROL)).isEqualTo(1);
        assertThat(offers.count(null, AssistanceArea.BIOSECURITY)).isZero();
        assertThat(offers.count(Provider.parse("organisation", "OSCE"), null)).isEqualTo(1);
        assertThat(offers.offeredByYear()).containsEntry(2023, 1L);
    }

    @Test
    void theSameProgrammeOfTheSameProviderIsADuplicate() {
        offers.create(form("state", "DEU", List.of("legislation"), List.of(), "Legal drafting"), "editor1");

        assertThatThrownBy(() -> offers.create(form("state", "deu", List.of("biosecurity"), List.of(),
                "legal drafting"), "editor1")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Germany already offers a programme with this name");
        assertThat(TestData.count(jdbc, "assistance_offers")).isEqualTo(1);
    }

    @Test
    void theSecondSaveOfTheSameVersionIsRefused() {
        var id = offers.create(form("state", "DEU", List.of("legislation"), List.of(), "Legal drafting"), "editor1");
        var edit = new OfferForm("state", "DEU", List.of("legislation"), List.of(), "Legal drafting", "Mine",
                "unit@example.org", "2023-05-01", "0");
        var stale = new OfferForm("state", "DEU", List.of("legislation"), List.of(), "Legal drafting", "Theirs",
                "unit@example.org", "2023-05-01", "0");

        offers.update(id, edit, "editor1");

        assertThatThrownBy(() -> offers.update(id, stale, "editor2")).isInstanceOf(ConcurrentEditException.class);
        assertThat(offers.find(id).orElseThrow().description()).isEqualTo("Mine");
    }

    static Stream<Arguments> badForms() {
        return Stream.of(
                Arguments.of(form("state", "XYZ", List.of("legislation"), List.of(), "P"), "providerId",
                        "No State has the code 'XYZ'."),
                Arguments.of(form("organisation", "NOPE", List.of("legislation"), List.of(), "P"), "providerId",
                        "No organisation in the registry has the id 'NOPE'."),
                Arguments.of(form("company", "ACME", List.of("legislation"), List.of(), "P"), "providerId",
                        "is a State or an organisation"),
                Arguments.of(form("state", "DEU", List.of(), List.of(), "P"), "areas", "at least one subject area"),
                Arguments.of(form("state", "DEU", List.of("cooking"), List.of(), "P"), "areas",
                        "'cooking' is not a subject area"),
                Arguments.of(form("state", "DEU", List.of("legislation"), List.of("atlantis"), "P"), "regions",
                        "'atlantis' is not a region"),
                Arguments.of(form("state", "DEU", List.of("legislation"), List.of(), ""), "programme",
                        "The programme is required."),
                Arguments.of(form("state", "DEU", List.of("legislation"), List.of(), "p".repeat(301)), "programme",
                        "at most 300"),
                Arguments.of(new OfferForm("state", "DEU", List.of("legislation"), List.of(), "P", "d", "c",
                        "2024-13-01", ""), "offeredOn", "is not a date"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("badForms")
    void aFormWithABadValueIsRefusedWithAMessageForItsFieldAndNothingIsStored(OfferForm form, String field,
            String message) {
        assertThatThrownBy(() -> offers.create(form, "editor1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().all())
                        .filteredOn(p -> p.field().equals(field)).singleElement()
                        .satisfies(p -> assertThat(p.message()).contains(message)));
        assertThat(TestData.count(jdbc, "assistance_offers")).isZero();
    }
}
