package org.atlas1540.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The search syntax as websearch_to_tsquery reads it. Each term is written here as {@code word},
 * {@code "phrase"}, with {@code -} when excluded; alternatives are separated by {@code |}.
 */
class ParsedQueryTest {

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(delimiter = '»', quoteCharacter = '\u0000', textBlock = """
            belgrade                           » belgrade
            export control                     » export control
            "export control"                   » "export control"
            "export control" belgrade          » "export control" belgrade
            belgrade or kyiv                   » belgrade | kyiv
            belgrade OR kyiv workshop          » belgrade | kyiv workshop
            belgrade -kyiv                     » belgrade -kyiv
            -"export control" seminar          » -"export control" seminar
            "unbalanced quote                  » "unbalanced quote"
            or belgrade                        » belgrade
            belgrade or                        » belgrade
            belgrade or or kyiv                » belgrade | kyiv
            belgrade - kyiv                    » belgrade - kyiv
            (export OR control                 » (export | control
            ' OR 1=1 --                        » ' | 1=1 --
            title:belgrade AND NOT x*          » title:belgrade AND NOT x*
            -or                                » -or
            a"b"c                              » a "b" c
            """)
    void readsTheQueryAsWebSearchDoes(String query, String expected) {
        assertThat(show(ParsedQuery.parse(query))).isEqualTo(expected.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "or", "OR or", "\"\"", "\"   \""})
    void textWithoutTermsIsAnEmptyQuery(String query) {
        assertThat(ParsedQuery.parse(query).isEmpty()).isTrue();
    }

    @Test
    void termsBeyondTheLimitAreDropped() {
        String many = "w ".repeat(ParsedQuery.MAX_TERMS + 10);

        assertThat(ParsedQuery.parse(many).alternatives().get(0)).hasSize(ParsedQuery.MAX_TERMS);
    }

    private static String show(ParsedQuery parsed) {
        return parsed.alternatives().stream()
                .map(ParsedQueryTest::show)
                .collect(Collectors.joining(" | "));
    }

    private static String show(List<ParsedQuery.Term> group) {
        return group.stream()
                .map(t -> (t.excluded() ? "-" : "") + (t.phrase() ? "\"" + t.text() + "\"" : t.text()))
                .collect(Collectors.joining(" "));
    }
}
