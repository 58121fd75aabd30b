package org.atlas1540.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchParametersTest {
    private final SearchParameters parameters = new SearchParameters(new Regions());

    @Test
    void noParametersIsTheFirstPageOfEverything() {
        var read = parameters.read(new SearchForm(null, null, null, null, null, null, null), 20);

        assertThat(read.ok()).isTrue();
        assertThat(read.request().query().isBlank()).isTrue();
        assertThat(read.request().filters().isEmpty()).isTrue();
        assertThat(read.request().page()).isEqualTo(1);
        assertThat(read.request().size()).isEqualTo(20);
    }

    @Test
    void validFiltersAndPagingAreRead() {
        var read = parameters.read(new SearchForm("belgrade", "2013", "europe", "export-control", "workshop", "2", "5"), 20);

        assertThat(read.ok()).isTrue();
        assertThat(read.request().filters()).isEqualTo(new SearchFilters(2013, "Europe", "export-control", "workshop"));
        assertThat(read.request().page()).isEqualTo(2);
        assertThat(read.request().size()).isEqualTo(5);
        assertThat(read.request().offset()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(textBlock = """
            year,   abc,              year must be a year from 1900 to 2100, not 'abc'
            year,   1899,             year must be a year from 1900 to 2100, not '1899'
            year,   '2013,2014',      year must be a year from 1900 to 2100, not '2013,2014'
            region, Atlantis,         'region must be one of Africa, Americas, Asia, Europe, Oceania, not ''Atlantis'''
            topic,  Export Control,   topic must be one of
            kind,   WORKSHOP,         kind must be one of workshop, seminar, conference
            page,   0,                page must be a whole number from 1 to 500
            page,   501,              page must be a whole number from 1 to 500
            size,   101,              size must be a whole number from 1 to 100
            size,   -1,               size must be a whole number from 1 to 100
            """)
    void aValueThatCannotBeUsedIsLeftOutAndNamed(String parameter, String value, String message) {
        var read = parameters.read(form(parameter, value), 20);

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.parameter()).isEqualTo(parameter);
            assertThat(p.message()).startsWith(message);
        });
        assertThat(read.request().filters().isEmpty()).isTrue();
        assertThat(read.request().page()).isEqualTo(1);
        assertThat(read.request().size()).isEqualTo(20);
    }

    @Test
    void aRefusedValueIsEchoedShortAndWithoutControlCharacters() {
        var read = parameters.read(form("kind", "x".repeat(100) + "\n"), 20);

        assertThat(read.problems().get(0).message()).endsWith("not '" + "x".repeat(40) + "…'");
        assertThat(parameters.read(form("kind", "a\u0007b"), 20).problems().get(0).message()).endsWith("not 'a b'");
    }

    @Test
    void theDeepestPageDependsOnThePageSize() {
        assertThat(parameters.read(form("page", "100"), 100).ok()).isTrue();
        assertThat(parameters.read(form("page", "101"), 100).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("from 1 to 100"));
    }

    private static SearchForm form(String parameter, String value) {
        return new SearchForm("q",
                parameter.equals("year") ? value : null,
                parameter.equals("region") ? value : null,
                parameter.equals("topic") ? value : null,
                parameter.equals("kind") ? value : null,
                parameter.equals("page") ? value : null,
                parameter.equals("size") ? value : null);
    }
}
