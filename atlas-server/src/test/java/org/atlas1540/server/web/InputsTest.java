package org.atlas1540.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.atlas1540.reference.StateCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input in the records' forms: each value that cannot be used is null, with a message naming it. */
class InputsTest {

    @ParameterizedTest(name = "date ''{0}''")
    @CsvSource(delimiter = '|', value = {
            "2019-02-30 | Submitted on '2019-02-30' is not a date; write it as year-month-day, such as 2019-05-03.",
            "03/05/2019 | Submitted on '03/05/2019' is not a date; write it as year-month-day, such as 2019-05-03.",
            "1850-01-01 | Submitted on '1850-01-01' is not a date between 1900 and 2100.",
            "<script>   | Submitted on '<script>' is not a date; write it as year-month-day, such as 2019-05-03."})
    void anInvalidDateIsRefused(String value, String message) {
        var inputs = new Inputs();
        assertThat(inputs.date("submittedOn", "Submitted on", value, false)).isNull();
        assertThat(inputs.problems().get("submittedOn")).isEqualTo(message);
    }

    @ParameterizedTest(name = "State ''{0}''")
    @CsvSource({"XYZ", "SR", "Serbia", "S1B", "'<b>SRB</b>'"})
    void anUnknownStateCodeIsRefused(String value) {
        var inputs = new Inputs();
        assertThat(inputs.state("state", "State", value, true)).isNull();
        assertThat(inputs.problems().get("state")).startsWith("State '").contains("is not the code of a known State");
    }

    @Test
    void aStateCodeIsReadInAnyCase() {
        assertThat(new Inputs().state("state", "State", " srb ", true)).isEqualTo(StateCode.of("SRB"));
    }

    @Test
    void oversizedTextIsRefusedWithItsLength() {
        var inputs = new Inputs();
        assertThat(inputs.text("text", "Recommendation", "x".repeat(2001), 2000, true)).isNull();
        assertThat(inputs.problems().get("text")).isEqualTo("Recommendation is too long: 2001 characters, at most 2000.");
    }

    @Test
    void requiredTextMustBeThereAndControlCharactersAreRefused() {
        var inputs = new Inputs();
        assertThat(inputs.text("owner", "Owner", "  ", 200, true)).isNull();
        assertThat(inputs.text("text", "Text", "a\u0000b", 200, true)).isNull();
        assertThat(inputs.problems().get("owner")).isEqualTo("Owner is required.");
        assertThat(inputs.problems().get("text")).isEqualTo("Text contains control characters.");
    }

    @Test
    void scriptInTextIsKeptAsTextForThePageToEscape() {
        assertThat(new Inputs().text("text", "Text", "<script>alert(1)</script>\r\nline", 200, true))
                .isEqualTo("<script>alert(1)</script>\nline");
    }

    @ParameterizedTest(name = "link ''{0}''")
    @CsvSource({"javascript:alert(1)", "ftp://example.org/plan.pdf", "example.org/plan.pdf", "http://",
            "'https://example.org/a plan.pdf'"})
    void onlyHttpAddressesAreLinks(String value) {
        var inputs = new Inputs();
        assertThat(inputs.webAddress("documentUrl", "Link", value, 1000)).isNull();
        assertThat(inputs.problems().get("documentUrl")).contains("is not a web address");
    }

    @Test
    void wholeNumbersAndChoicesNameWhatIsAllowed() {
        var inputs = new Inputs();
        assertThat(inputs.whole("planVersion", "Plan version", "0", 1, 99, true)).isNull();
        String status = inputs.choice("status", "Status", "lost", s -> java.util.Optional.<String>empty(), "a or b", true);
        assertThat(status).isNull();
        assertThat(inputs.problems().get("planVersion")).isEqualTo("Plan version '0' is not a whole number from 1 to 99.");
        assertThat(inputs.problems().get("status")).isEqualTo("Status 'lost' is not one of: a or b.");
        assertThat(new Inputs().date("d", "Date", "2019-05-03", true)).isEqualTo(LocalDate.of(2019, 5, 3));
    }
}
