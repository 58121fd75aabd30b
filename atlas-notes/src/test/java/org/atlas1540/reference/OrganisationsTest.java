package org.atlas1540.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganisationsTest {
    private final ReferenceData reference = ReferenceData.standard();

    private Organisation organisation(String id) {
        return reference.organisations().find(OrganisationId.of(id))
                .orElseThrow(() -> new AssertionError("no organisation " + id));
    }

    @Test
    void acronymsAreUnique() {
        List<String> acronyms = reference.organisations().all().stream().map(Organisation::acronym)
                .filter(a -> !a.isBlank()).toList();
        assertThat(acronyms).doesNotHaveDuplicates();
    }

    @Test
    void everyCountryOfANationalBodyIsAKnownState() {
        assertThat(reference.organisations().all()).allSatisfy(o -> o.country()
                .ifPresent(code -> assertThat(reference.states().find(code)).as(o.id().value()).isPresent()));
    }

    @Test
    void osceIsKnownByItsUnhyphenatedAndAmericanSpellings() {
        assertThat(organisation("OSCE").aliases()).contains("Organization for Security and Cooperation in Europe",
                "Organisation for Security and Cooperation in Europe", "Conflict Prevention Center",
                "OSCE Conflict Prevention Center");
    }

    @Test
    void bodiesNamedInTheBelgradeNoteAreKnown() {
        Organisation ministry = organisation("BLR-MOH");
        assertThat(ministry.country()).isEqualTo(Optional.of(StateCode.of("BLR")));
        assertThat(ministry.aliases()).contains("Ministry of Public Health of the Republic of Belarus",
                "Ministry of Public Health of Belarus");
        Organisation university = organisation("SRB-UNIDEF");
        assertThat(university.country()).isEqualTo(Optional.of(StateCode.of("SRB")));
        assertThat(university.kind()).isEqualTo("national-institution");
        assertThat(university.aliases()).contains("Serbian University of Defense");
    }

    @Test
    void securityCouncilHasItsOwnEntry() {
        assertThat(organisation("UNSC").names()).contains("United Nations Security Council", "Security Council",
                "UN Security Council", "UNSC");
    }
}
