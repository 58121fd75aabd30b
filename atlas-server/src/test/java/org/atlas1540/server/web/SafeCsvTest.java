package org.atlas1540.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SafeCsvTest {

    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            =1+2              | '=1+2
            +44 20 7946 0000  | '+44 20 7946 0000
            -2+3              | '-2+3
            @SUM(A1)          | '@SUM(A1)
            Belgrade          | Belgrade
            2013-05-09        | 2013-05-09
            a=b               | a=b
            ""                | ""
            """)
    void aCellThatASpreadsheetWouldRunAsAFormulaIsPrefixed(String value, String written) {
        assertThat(SafeCsv.cell(value)).isEqualTo(written);
    }

    @Test
    void tabsAndCarriageReturnsAtTheStartArePrefixedToo() {
        assertThat(SafeCsv.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(SafeCsv.cell("\r=1")).isEqualTo("'\r=1");
        assertThat(SafeCsv.cell(null)).isEmpty();
    }

    @Test
    void theFileStartsWithAByteOrderMarkAndQuotesWhatNeedsQuoting() {
        byte[] csv = SafeCsv.write(List.of("name", "note"), List.of(List.of("Côte d'Ivoire", "a, \"b\"\nc")));

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFFname,note\r\nCôte d'Ivoire,\"a, \"\"b\"\"\nc\"\r\n");
    }
}
