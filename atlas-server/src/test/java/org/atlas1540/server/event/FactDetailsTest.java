package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FactDetailsTest {

    @Test
    void aStateIsShownByNameAndLinkedToItsPage() {
        var details = FactDetails.of("""
                {"type":"national-action-plan","state":"SRB","status":"prepared","link":null,"span":[1,2]}""");

        assertThat(details).containsExactly(
                new FactView.Detail("State", "Serbia", "/states/SRB"),
                new FactView.Detail("Status", "prepared", null));
    }

    @Test
    void datesAreJoinedAndWrittenAsInTheNotes() {
        var details = FactDetails.of("""
                {"type":"related-event","relation":"follow-up","title":"Workshop","startDate":"2010-06-14",
                 "endDate":"2010-06-17","venue":{"text":"Split, Croatia","city":"Split","country":"HRV"},"span":[1,2]}""");

        assertThat(details).extracting(FactView.Detail::label).containsExactly("Relation", "Title", "Venue", "Dates");
        assertThat(details).contains(new FactView.Detail("Dates", "14–17 June 2010", null),
                new FactView.Detail("Venue", "Split, Croatia", null));
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        assertThat(FactDetails.of("{\"link\":\"https://un.org/plan.pdf\"}"))
                .containsExactly(new FactView.Detail("Link", "https://un.org/plan.pdf", "https://un.org/plan.pdf"));
        assertThat(FactDetails.of("{\"link\":\"javascript:alert(1)\"}"))
                .containsExactly(new FactView.Detail("Link", "javascript:alert(1)", null));
    }

    @Test
    void listsAreJoined() {
        assertThat(FactDetails.of("{\"needs\":[\"training\",\"equipment\"],\"areas\":[]}"))
                .containsExactly(new FactView.Detail("Needs", "training; equipment", null));
    }
}
