package org.atlas1540.server.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.event.EventSources;
import org.atlas1540.server.event.RecordSource;
import org.atlas1540.server.importing.NoteImporter;
import org.atlas1540.server.testing.RecordNotes;
import org.atlas1540.server.testing.TestData;
import org.atlas1540.server.web.ConcurrentEditException;
import org.atlas1540.server.web.InvalidInputException;
import org.atlas1540.server.web.PageRequest;
import org.atlas1540.server.web.RecordConflictException;
import org.atlas1540.server.audit.AuditEntry;
import org.atlas1540.server.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Country visits stored, moved along their lifecycle and read back, on whichever database the subclass names. */
abstract class CountryVisitsContract {
    static final StateCode NAMIBIA = StateCode.of("NAM");
    static final StateCode ZAMBIA = StateCode.of("ZMB");

    @Autowired
    CountryVisits visits;

    @Autowired
    EventSources sources;

    @Autowired
    NoteImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    String gaborone;

    @BeforeEach
    void aNoteWithVisitFacts() {
        TestData.deleteEvents(jdbc);
        gaborone = RecordNotes.imported(importer, RecordNotes.GABORONE);
    }

    @Test
    void aVisitLearnedFromAFactIsStoredWithItsYearAndSource() {
        int fact = factAbout(NAMIBIA);

        CountryVisit visit = visits.create(new CountryVisitValues(NAMIBIA, VisitStatus.PROPOSED, 2018, null, null,
                RecordSource.ofFact(gaborone, fact), null));

        CountryVisit read = visits.find(visit.id()).orElseThrow();
        assertThat(read.values()).isEqualTo(visit.values());
        assertThat(read.when()).isEqualTo("2018");
        assertThat(read.nextSteps()).extracting(t -> t.to()).containsExactly(VisitStatus.REQUESTED,
                VisitStatus.DECLINED);
    }

    @Test
    void aStatesVisitsComeNewestFirstAndTheListFiltersByStateAndStatus() {
        visits.create(dated(NAMIBIA, VisitStatus.CONDUCTED, LocalDate.of(2015, 3, 2)));
        visits.create(dated(NAMIBIA, VisitStatus.SCHEDULED, LocalDate.of(2019, 9, 9)));
        visits.create(dated(ZAMBIA, VisitStatus.SCHEDULED, LocalDate.of(2019, 10, 1)));

        assertThat(visits.of(NAMIBIA)).extracting(v -> v.startDate().getYear()).containsExactly(2019, 2015);
        assertThat(visits.page(null, VisitStatus.SCHEDULED, new PageRequest(1, 20)).total()).isEqualTo(2);
        assertThat(visits.page(NAMIBIA, null, new PageRequest(1, 1)).items()).extracting(CountryVisit::status)
                .containsExactly(VisitStatus.SCHEDULED);
        assertThat(visits.page(ZAMBIA, VisitStatus.CONDUCTED, new PageRequest(1, 20)).total()).isZero();
    }

    @Test
    void aSecondVisitToTheStateStartingTheSameDayIsRefusedAndNothingIsStored() {
        visits.create(dated(NAMIBIA, VisitStatus.SCHEDULED, LocalDate.of(2019, 9, 9)));

        assertThatThrownBy(() -> visits.create(dated(NAMIBIA, VisitStatus.REQUESTED, LocalDate.of(2019, 9, 9))))
                .isInstanceOf(RecordConflictException.class)
                .hasMessageContaining("NAM already has a visit starting 9 September 2019");
        assertThat(TestData.count(jdbc, "country_visits")).isEqualTo(1);
    }

    @Test
    void aFactOfAnotherStateOrAnotherKindIsRefused() {
        assertThatThrownBy(() -> visits.create(new CountryVisitValues(ZAMBIA, VisitStatus.PROPOSED, null, null, null,
                RecordSource.ofFact(gaborone, factAbout(NAMIBIA)), null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get("sourceFact"))
                        .contains("is about NAM, not ZMB"));
        int plan = sources.facts(gaborone, "national-action-plan").get(0).number();
        assertThatThrownBy(() -> visits.create(new CountryVisitValues(NAMIBIA, VisitStatus.PROPOSED, null, null, null,
                RecordSource.ofFact(gaborone, plan), null)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(TestData.count(jdbc, "country_visits")).isZero();
    }

    @Test
    void aVisitMovesAlongItsLifecycleToConducted() {
        CountryVisit visit = visits.create(new CountryVisitValues(NAMIBIA, VisitStatus.PROPOSED, 2018, null, null,
                RecordSource.NONE, null));
        CountryVisit requested = visits.changeStatus(visit.id(), 0, VisitStatus.REQUESTED);
        CountryVisit dated = visits.update(visit.id(), requested.version(), new CountryVisitValues(NAMIBIA,
                VisitStatus.REQUESTED, null, LocalDate.of(2018, 5, 2), LocalDate.of(2018, 5, 4), RecordSource.NONE,
                null));
        CountryVisit scheduled = visits.changeStatus(visit.id(), dated.version(), VisitStatus.SCHEDULED);
        CountryVisit conducted = visits.changeStatus(visit.id(), scheduled.version(), VisitStatus.CONDUCTED);

        assertThat(conducted.status()).isEqualTo(VisitStatus.CONDUCTED);
        assertThat(conducted.version()).isEqualTo(4);
        assertThat(conducted.nextSteps()).isEmpty();
        assertThat(conducted.when()).isEqualTo("2 May 2018 – 4 May 2018");
    }

    @Test
    void aStepTheLifecycleDoesNotAllowIsRefusedAndTheStatusStays() {
        CountryVisit visit = visits.create(dated(NAMIBIA, VisitStatus.CONDUCTED, LocalDate.of(2015, 3, 2)));

        assertThatThrownBy(() -> visits.changeStatus(visit.id(), 0, VisitStatus.REQUESTED))
                .isInstanceOf(RecordConflictException.class)
                .hasMessage("A conducted visit cannot become requested. A conducted visit is final: its status does "
                        + "not change.");
        assertThat(visits.find(visit.id()).orElseThrow().status()).isEqualTo(VisitStatus.CONDUCTED);
    }

    @Test
    void aVisitWithoutDatesCannotBeScheduled() {
        CountryVisit visit = visits.create(new CountryVisitValues(NAMIBIA, VisitStatus.REQUESTED, 2018, null, null,
                RecordSource.NONE, null));

        assertThatThrownBy(() -> visits.changeStatus(visit.id(), 0, VisitStatus.SCHEDULED))
                .isInstanceOf(RecordConflictException.class).hasMessageContaining("give its start date first");
    }

    @Test
    void anUpdateKeepsTheStatusWhateverTheValuesSay() {
        CountryVisit visit = visits.create(dated(NAMIBIA, VisitStatus.REQUESTED, LocalDate.of(2019, 9, 9)));

        CountryVisit updated = visits.update(visit.id(), 0, new CountryVisitValues(NAMIBIA, VisitStatus.CONDUCTED,
                null, LocalDate.of(2019, 9, 9), null, RecordSource.NONE, "Met the national authority."));

        assertThat(updated.status()).isEqualTo(VisitStatus.REQUESTED);
        assertThat(updated.outcomeNotes()).isEqualTo("Met the national authority.");
    }

    @Test
    void aSecondSaveOfTheSameVersionIsRefusedAndOverwritesNothing() {
        CountryVisit visit = visits.create(dated(NAMIBIA, VisitStatus.REQUESTED, LocalDate.of(2019, 9, 9)));
        visits.changeStatus(visit.id(), 0, VisitStatus.SCHEDULED);

        assertThatThrownBy(() -> visits.changeStatus(visit.id(), 0, VisitStatus.DECLINED))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> visits.update(visit.id(), 0, new CountryVisitValues(NAMIBIA, VisitStatus.REQUESTED,
                null, LocalDate.of(2019, 9, 10), null, RecordSource.NONE, "Overwritten?")))
                .isInstanceOf(ConcurrentEditException.class);
        CountryVisit stored = visits.find(visit.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(VisitStatus.SCHEDULED);
        assertThat(stored.outcomeNotes()).isNull();
        assertThat(stored.startDate()).isEqualTo(LocalDate.of(2019, 9, 9));
    }

    @Test
    void everyChangeWritesAnAuditEntryNamingItsStep() {
        CountryVisit visit = visits.create(dated(NAMIBIA, VisitStatus.REQUESTED, LocalDate.of(2019, 9, 9)));
        visits.update(visit.id(), 0, new CountryVisitValues(NAMIBIA, VisitStatus.REQUESTED, null,
                LocalDate.of(2019, 9, 10), null, RecordSource.NONE, null));
        visits.changeStatus(visit.id(), 1, VisitStatus.SCHEDULED);

        assertThat(audit.of(CountryVisits.RECORD_TYPE, visit.id().toString())).extracting(AuditEntry::action)
                .containsExactly("create", "update", "status:dates_agreed");
        assertThat(audit.of(CountryVisits.RECORD_TYPE, visit.id().toString()).get(2).beforeJson())
                .contains("REQUESTED");
    }

    private int factAbout(StateCode state) {
        return sources.facts(gaborone, CountryVisits.FACT_TYPE).stream()
                .filter(f -> state.value().equals(f.stateCode())).findFirst().orElseThrow().number();
    }

    private static CountryVisitValues dated(StateCode state, VisitStatus status, LocalDate start) {
        return new CountryVisitValues(state, status, null, start, null, RecordSource.ofText("Mission's letter"), null);
    }
}
