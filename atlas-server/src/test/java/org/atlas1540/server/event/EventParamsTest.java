package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.atlas1540.notes.EventKind;
import org.atlas1540.notes.Topic;
import org.atlas1540.reference.OrganisationId;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.web.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventParamsTest {

    @Test
    void noParameterIsEveryEventNewestFirst() {
        EventQuery query = EventParams.none().toQuery();

        assertThat(query).isEqualTo(EventQuery.all());
        assertThat(query.sort()).isEqualTo(EventSort.DATE_DESC);
        assertThat(query.regionStates()).isEmpty();
    }

    @Test
    void valuesAreReadWhateverTheirCaseAndSpaces() {
        EventQuery query = new EventParams(" 2010 ", "2014", "Eastern-European", "srb", "osce", "Export-Control",
                "TRAINING-COURSE", "title").toQuery();

        assertThat(query.from()).isEqualTo(2010);
        assertThat(query.to()).isEqualTo(2014);
        assertThat(query.region()).isEqualTo("eastern-european");
        assertThat(query.regionStates()).contains(StateCode.of("SRB"), StateCode.of("UKR")).doesNotContain(StateCode.of("AUT"));
        assertThat(query.state()).isEqualTo(StateCode.of("SRB"));
        assertThat(query.organisation()).isEqualTo(OrganisationId.of("OSCE"));
        assertThat(query.topic()).isEqualTo(Topic.EXPORT_CONTROL);
        assertThat(query.kind()).isEqualTo(EventKind.TRAINING_COURSE);
        assertThat(query.sort()).isEqualTo(EventSort.TITLE);
    }

    @Test
    void blankValuesAreAbsent() {
        assertThat(new EventParams("", " ", "", "", "", "", "", "").toQuery()).isEqualTo(EventQuery.all());
    }

    @ParameterizedTest(name = "region {0}")
    @CsvSource({"europe, DEU", "africa, EGY", "southern-europe, SRB", "western-european-and-others, CAN",
            "latin-american-and-caribbean, PER", "asia-pacific, KAZ"})
    void regionsAreUnGroupsAndM49RegionsAndSubRegions(String region, String member) {
        EventQuery query = new EventParams(null, null, region, null, null, null, null, null).toQuery();

        assertThat(query.regionStates()).contains(StateCode.of(member));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"from, 13", "from, 2101", "to, 1899", "region, mordor", "state, SERBIA", "state, QQQ",
            "organisation, ACME-CORP", "organisation, 'OSCE;DROP'", "topic, gardening", "kind, picnic", "sort, newest"})
    void aValueThatCannotBeUsedNamesItsParameter(String parameter, String value) {
        EventParams params = switch (parameter) {
            case "from" -> new EventParams(value, null, null, null, null, null, null, null);
            case "to" -> new EventParams(null, value, null, null, null, null, null, null);
            case "region" -> new EventParams(null, null, value, null, null, null, null, null);
            case "state" -> new EventParams(null, null, null, value, null, null, null, null);
            case "organisation" -> new EventParams(null, null, null, null, value, null, null, null);
            case "topic" -> new EventParams(null, null, null, null, null, value, null, null);
            case "kind" -> new EventParams(null, null, null, null, null, null, value, null);
            default -> new EventParams(null, null, null, null, null, null, null, value);
        };

        assertThatThrownBy(params::toQuery).isInstanceOfSatisfying(InvalidParameterException.class, e -> {
            assertThat(e.parameter()).isEqualTo(parameter);
            assertThat(e.value()).isEqualTo(value);
            assertThat(e.getMessage()).startsWith("Parameter '" + parameter + "' has the value '" + value + "'");
        });
    }

    @Test
    void aRangeCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new EventParams("2014", "2013", null, null, null, null, null, null).toQuery())
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("to"));
        assertThat(new EventParams("2013", "2013", null, null, null, null, null, null).toQuery().to()).isEqualTo(2013);
    }

    @Test
    void aVeryLongValueIsCutWhenEchoed() {
        String longValue = "x".repeat(5000);

        assertThatThrownBy(() -> new EventParams(null, null, null, null, null, longValue, null, null).toQuery())
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.value()).hasSize(101).endsWith("…"));
    }
}
