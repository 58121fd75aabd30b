package org.atlas1540.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.atlas1540.server.event.EventId;
import org.junit.jupiter.api.Test;

class SearchHitTest {

    @Test
    void datesAreWrittenAsOnTheEventPages() {
        assertThat(hit(LocalDate.of(2013, 5, 9), LocalDate.of(2013, 5, 10)).dates()).isEqualTo("9–10 May 2013");
        assertThat(hit(LocalDate.of(2013, 5, 30), LocalDate.of(2013, 6, 1)).dates()).isEqualTo("30 May – 1 June 2013");
        assertThat(hit(LocalDate.of(2013, 12, 30), LocalDate.of(2014, 1, 2)).dates())
                .isEqualTo("30 December 2013 – 2 January 2014");
        assertThat(hit(LocalDate.of(2013, 5, 9), null).dates()).isEqualTo("9 May 2013");
        assertThat(hit(null, null).dates()).isEqualTo("Date not given");
    }

    @Test
    void anUntitledEventHasAPlaceholderAndTheKindIsWords() {
        SearchHit hit = hit(null, null);

        assertThat(hit.titleOrPlaceholder()).isEqualTo("(untitled event)");
        assertThat(hit.kindLabel()).isEqualTo("Training course");
        assertThat(hit.path()).isEqualTo("/events/slug");
    }

    private static SearchHit hit(LocalDate start, LocalDate end) {
        return new SearchHit(new EventId(1), "slug", null, "training-course", start, end, null, List.of());
    }
}
