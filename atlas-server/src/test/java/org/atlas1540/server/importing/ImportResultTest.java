package org.atlas1540.server.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportResultTest {

    @Test
    void aReasonIsGivenExactlyWhenTheImportFailed() {
        assertThatThrownBy(() -> new ImportResult("a.txt", ImportStatus.FAILED, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImportResult("a.txt", ImportStatus.IMPORTED, "why", "slug"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSummaryCountsEachStatusAndListsTheFailures() {
        var summary = new ImportSummary(List.of(
                ImportResult.of("a.txt", ImportStatus.IMPORTED, "a"),
                ImportResult.of("b.txt", ImportStatus.UNCHANGED, null),
                ImportResult.of("c.txt", ImportStatus.UPDATED, "c"),
                ImportResult.failed("d.txt", "the file is empty"),
                ImportResult.of("e.txt", ImportStatus.IMPORTED, "e")));

        assertThat(summary.line()).isEqualTo("2 imported, 1 unchanged, 1 updated, 1 failed");
        assertThat(summary.failures()).extracting(ImportResult::source).containsExactly("d.txt");
    }
}
