package org.atlas1540.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AuditFilterReaderTest {

    @Test
    void usableValuesMakeTheFilterAndBlankOnesSelectEverything() {
        var reader = new AuditFilterReader();

        var filter = reader.read("account", " ", "ana", "2026-01-01", "2026-01-31");

        assertThat(filter).isEqualTo(new AuditFilter("account", null, "ana", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31)));
        assertThat(reader.problems()).isEmpty();
        assertThat(new AuditFilterReader().read(null, null, null, null, null)).isEqualTo(AuditFilter.ALL);
    }

    @Test
    void aValueThatCannotBeUsedIsLeftOutAndNamedWithItsField() {
        var reader = new AuditFilterReader();

        var filter = reader.read("<script>", null, "x".repeat(65), "23/11/2026", "2026-13-01");

        assertThat(filter).isEqualTo(AuditFilter.ALL);
        assertThat(reader.problems()).containsOnlyKeys("type", "actor", "from", "to");
        assertThat(reader.problems().get("from")).contains("'23/11/2026' is not a date").contains("YYYY-MM-DD");
    }

    @Test
    void aLastDayBeforeTheFirstIsRefused() {
        var reader = new AuditFilterReader();

        var filter = reader.read(null, null, null, "2026-02-01", "2026-01-01");

        assertThat(filter.to()).isNull();
        assertThat(reader.problems().get("to")).contains("before the first day");
    }

    @Test
    void aPageThatIsNotAPositiveNumberIsTheFirst() {
        assertThat(AuditFilterReader.page("3")).isEqualTo(3);
        assertThat(AuditFilterReader.page("0")).isEqualTo(1);
        assertThat(AuditFilterReader.page("-2")).isEqualTo(1);
        assertThat(AuditFilterReader.page("x")).isEqualTo(1);
        assertThat(AuditFilterReader.page(null)).isEqualTo(1);
    }
}
