package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.atlas1540.reference.OrganisationId;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.importing.NoteImporter;
import org.atlas1540.server.web.ListPage;
import org.atlas1540.server.testing.SharedFiles;
import org.atlas1540.server.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The paged timelines of the State and organisation pages list, page by page, exactly the whole timeline. */
abstract class EventTimelineContract {
    @Autowired
    EventTimeline timeline;

    @Autowired
    NoteImporter importer;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void samples() {
        TestData.deleteEvents(jdbc);
        importer.importFile(SharedFiles.sample("belgrade-2013-05.txt"));
        importer.importFile(SharedFiles.sample("kiev-2013-11.txt"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SRB", "UKR", "MNE", "DEU"})
    void theStatesPagesTogetherAreItsWholeTimelineNewestFirst(String code) {
        StateCode state = StateCode.of(code);
        List<EventInvolvement> whole = timeline.of(state);

        List<EventInvolvement> paged = new ArrayList<>();
        ListPage<EventInvolvement> page = timeline.pageOf(state, "1", 1);
        paged.addAll(page.items());
        while (page.hasNext()) {
            page = timeline.pageOf(state, String.valueOf(page.number() + 1), 1);
            paged.addAll(page.items());
        }

        assertThat(whole).isNotEmpty();
        assertThat(page.total()).isEqualTo(whole.size());
        assertThat(paged).isEqualTo(whole);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"OSCE", "UNODA", "1540-GOE"})
    void anOrganisationsPagesTogetherAreItsWholeTimeline(String id) {
        OrganisationId organisation = OrganisationId.of(id);
        List<EventInvolvement> whole = timeline.of(organisation);

        ListPage<EventInvolvement> first = timeline.pageOf(organisation, "1", 1);
        ListPage<EventInvolvement> second = timeline.pageOf(organisation, "2", 1);

        assertThat(first.total()).isEqualTo(whole.size());
        List<EventInvolvement> paged = new ArrayList<>(first.items());
        if (whole.size() > 1) {
            paged.addAll(second.items());
        }
        assertThat(paged).isEqualTo(whole.subList(0, Math.min(2, whole.size())));
    }

    @ParameterizedTest(name = "page \"{0}\"")
    @ValueSource(strings = {"0", "-1", "abc", "99999", "", "1; DROP TABLE events"})
    void aPageOutsideTheRangeOrNotANumberGivesTheNearestPage(String asked) {
        ListPage<EventInvolvement> page = timeline.pageOf(StateCode.of("SRB"), asked, 1);

        assertThat(page.number()).isBetween(1, (int) page.pages());
        assertThat(page.items()).hasSize(1);
        assertThat(TestData.count(jdbc, "events")).isEqualTo(2);
    }
}
