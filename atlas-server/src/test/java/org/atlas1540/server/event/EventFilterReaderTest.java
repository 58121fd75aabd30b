package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.atlas1540.notes.EventKind;
import org.atlas1540.notes.Topic;
import org.atlas1540.reference.OrganisationId;
import org.atlas1540.reference.StateCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventFilterReaderTest {
    private static final StateGrouping EUROPE = new StateGrouping("europe", "Europe", StateGrouping.Kind.M49_REGION,
            null, List.of(new StateGrouping.Member(StateCode.of("SRB"), "Serbia")));

    private static EventFilterReader.Reading read(String from, String to, String year, String region, String state,
            String organisation, String topic, String kind, String sort, String page) {
        return EventFilterReader.read(new EventQuery(from, to, year, region, state, organisation, topic, kind, sort, page),
                id -> id.equals("europe") ? Optional.of(EUROPE) : Optional.empty());
    }

    private static EventFilterReader.Reading field(String field, String value) {
        return read(field.equals("from") ? value : null, field.equals("to") ? value : null,
                field.equals("year") ? value : null, field.equals("region") ? value : null,
                field.equals("state") ? value : null, field.equals("organisation") ? value : null,
                field.equals("topic") ? value : null, field.equals("kind") ? value : null,
                field.equals("sort") ? value : null, field.equals("page") ? value : null);
    }

    @Test
    void noValuesIsTheUnfilteredFirstPageNewestFirst() {
        var reading = read(null, "", " ", null, null, null, null, null, null, null);

        assertThat(reading.valid()).isTrue();
        assertThat(reading.filter()).isEqualTo(EventFilter.none());
        assertThat(reading.filter().isActive()).isFalse();
    }

    @Test
    void everyValueIsReadAndSpelledCanonicallyInTheForm() {
        var reading = read(" 2010", "2015 ", null, "Europe", "srb", "osce", "Border-Security", "WORKSHOP", "title", "3");

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.filter()).isEqualTo(EventFilter.none().withYears(2010, 2015).withRegion(EUROPE)
                .withState(StateCode.of("SRB")).withOrganisation(OrganisationId.of("OSCE"))
                .withTopic(Topic.BORDER_SECURITY).withKind(EventKind.WORKSHOP).sortedBy(EventSort.TITLE).onPage(3));
        assertThat(reading.form()).isEqualTo(new EventQuery("2010", "2015", null, "europe", "SRB", "OSCE",
                "border-security", "workshop", "title", "3"));
    }

    @Test
    void aSingleYearIsARangeOfOneYear() {
        var reading = field("year", "2013");

        assertThat(reading.filter().fromYear()).isEqualTo(2013);
        assertThat(reading.filter().toYear()).isEqualTo(2013);
        assertThat(reading.form().from()).isEqualTo("2013");
        assertThat(reading.form().year()).isNull();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "from         | abc       | 'abc' is not a year: give four digits, such as 2013.",
        "from         | 20133     | '20133' is not a year: give four digits, such as 2013.",
        "to           | 1899      | 1899 is not a year Atlas covers: give one from 1900 to 2100.",
        "year         | 2101      | 2101 is not a year Atlas covers: give one from 1900 to 2100.",
        "region       | atlantis  | There is no region or UN regional group 'atlantis'. Choose one from the list.",
        "state        | XYZ       | There is no State with the code 'XYZ'.",
        "state        | SR        | 'SR' is not a State code: a code is three letters, such as SRB.",
        "organisation | NO-SUCH   | There is no organisation with the id 'NO-SUCH'.",
        "organisation | a b       | 'a b' is not an organisation id, such as OSCE or UNODA.",
        "topic        | magic     | There is no topic 'magic'. Choose one from the list.",
        "kind         | party     | There is no kind of event 'party'. Choose one from the list.",
        "sort         | random    | 'random' is not an order of the list: use date-desc, date-asc, title.",
        "page         | 0         | '0' is not a page number: give a whole number from 1.",
        "page         | 100001    | '100001' is not a page number: give a whole number from 1.",
        "page         | two       | 'two' is not a page number: give a whole number from 1.",
    })
    void aValueThatCannotBeUsedIsAProblemNamingItAndTheFormKeepsItAsTyped(String field, String value, String message) {
        var reading = field(field, value);

        assertThat(reading.valid()).isFalse();
        assertThat(reading.problems()).containsExactly(new FilterProblem(field, message));
        EventQuery form = reading.form();
        String shown = switch (field) {
            case "from" -> form.from();
            case "to" -> form.to();
            case "year" -> form.year();
            case "region" -> form.region();
            case "state" -> form.state();
            case "organisation" -> form.organisation();
            case "topic" -> form.topic();
            case "kind" -> form.kind();
            case "sort" -> form.sort();
            default -> form.page();
        };
        assertThat(shown).isEqualTo(value);
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsAProblemAndKeepsOnlyItsStart() {
        var reading = read("2015", "2013", null, null, null, null, null, null, null, null);

        assertThat(reading.problems()).containsExactly(
                new FilterProblem("to", "The range of years ends in 2013, before it starts in 2015."));
        assertThat(reading.filter().fromYear()).isEqualTo(2015);
        assertThat(reading.filter().toYear()).isNull();
        assertThat(reading.form().to()).isEqualTo("2013");
    }

    @Test
    void oneYearAndARangeTogetherIsAProblem() {
        var reading = read("2010", null, "2013", null, null, null, null, null, null, null);

        assertThat(reading.problems()).extracting(FilterProblem::field).containsExactly("year");
    }

    @Test
    void eachProblemIsSaidAndTheValuesThatCouldBeReadStillApply() {
        var reading = read("abc", null, null, "europe", "XYZ", null, "magic", "workshop", null, null);

        assertThat(reading.problems()).extracting(FilterProblem::field).containsExactly("from", "state", "topic");
        assertThat(reading.filter().region()).isEqualTo(EUROPE);
        assertThat(reading.filter().kind()).isEqualTo(EventKind.WORKSHOP);
        assertThat(reading.form().region()).isEqualTo("europe");
        assertThat(reading.form().state()).isEqualTo("XYZ");
    }

    @Test
    void aLongValueIsCutInItsMessage() {
        var reading = field("topic", "y".repeat(100));

        assertThat(reading.problems().get(0).message()).contains("'" + "y".repeat(40) + "…'");
    }

    @Test
    void theLinkToAnotherPageKeepsEveryFilterAndLeavesOutTheDefaultOrder() {
        EventFilter filter = read("2010", "2015", null, "europe", "SRB", "OSCE", "biosecurity", "workshop", null, null)
                .filter();

        assertThat(filter.link(2)).isEqualTo("/events?from=2010&to=2015&region=europe&state=SRB&organisation=OSCE"
                + "&topic=biosecurity&kind=workshop&page=2");
        assertThat(EventFilter.none().sortedBy(EventSort.OLDEST).link(1)).isEqualTo("/events?sort=date-asc");
    }
}
