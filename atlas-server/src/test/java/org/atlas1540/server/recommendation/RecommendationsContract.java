package org.atlas1540.server.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
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

/** Recommendations, their lifecycle and follow-up, on whichever database the subclass names. */
abstract class RecommendationsContract {
    @Autowired
    Recommendations recommendations;

    @Autowired
    NoteRecommendations fromNotes;

    @Autowired
    NoteImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    String theHague;
    String gaborone;

    @BeforeEach
    void notesWithRecommendations() {
        TestData.deleteEvents(jdbc);
        theHague = RecordNotes.imported(importer, RecordNotes.THE_HAGUE);
        gaborone = RecordNotes.imported(importer, RecordNotes.GABORONE);
    }

    @Test
    void theNoteOffersEachListItemOfItsSectionAndEachRecommendationsFact() {
        List<NoteRecommendations.Candidate> candidates = fromNotes.of(theHague, List.of());

        assertThat(candidates).filteredOn(c -> c.sectionNumber() != null).extracting(NoteRecommendations.Candidate::text)
                .containsExactly(
                        "States of the region should review their legislation to ensure that it covers the security "
                                + "of toxic chemicals, not only their production and trade.",
                        "The OPCW and the League of Arab States should consider a regional programme of training on "
                                + "chemical security for customs officers and facility operators.",
                        "States should involve their chemical industry in the preparation of national action plans.");
        assertThat(candidates).filteredOn(c -> c.factNumber() != null).hasSize(1);
        assertThat(fromNotes.of(gaborone, List.of())).singleElement()
                .satisfies(c -> assertThat(c.where()).contains("see attachment"));
    }

    @Test
    void recommendationsTakenFromTheNoteKeepWhereTheyCameFromAndAreMarkedTaken() {
        var offered = fromNotes.of(theHague, List.of()).get(0);

        recommendations.createAll(List.of(new RecommendationValues(theHague, offered.text(), "League of Arab States",
                LocalDate.of(2016, 12, 31), offered.sectionNumber(), null)));

        Recommendation stored = recommendations.ofEvent(theHague).get(0);
        assertThat(stored.sectionNumber()).isEqualTo(offered.sectionNumber());
        assertThat(stored.status()).isEqualTo(RecommendationStatus.OPEN);
        assertThat(fromNotes.of(theHague, List.of(stored.text())).get(0).taken()).isTrue();
    }

    @Test
    void theSameRecommendationTwiceForAnEventIsRefusedAndNothingOfTheBatchIsStored() {
        recommendations.create(entered(theHague, "Review the control lists.", null));

        assertThatThrownBy(() -> recommendations.createAll(List.of(entered(theHague, "Train customs officers.", null),
                entered(theHague, "  review THE control   lists. ", null))))
                .isInstanceOf(RecordConflictException.class)
                .satisfies(e -> assertThat(((RecordConflictException) e).field()).isEqualTo("text"));
        assertThat(recommendations.ofEvent(theHague)).hasSize(1);
    }

    @Test
    void aRecommendationOfAnUnknownEventIsRefused() {
        assertThatThrownBy(() -> recommendations.create(entered("no-such-event", "Review.", null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get("event"))
                        .isEqualTo("There is no event 'no-such-event'."));
    }

    @Test
    void overdueAreThoseStillToBeDoneAfterTheirDueDate() {
        LocalDate today = recommendations.today();
        var late = recommendations.create(entered(theHague, "Late.", today.minusDays(1)));
        var done = recommendations.create(entered(theHague, "Late but done.", today.minusDays(30)));
        recommendations.changeStatus(done.id(), 0, RecommendationStatus.DONE);
        recommendations.create(entered(theHague, "Due today.", today));
        recommendations.create(entered(gaborone, "No date.", null));
        var inProgress = recommendations.create(entered(gaborone, "Late and in progress.", today.minusDays(60)));
        recommendations.changeStatus(inProgress.id(), 0, RecommendationStatus.IN_PROGRESS);

        assertThat(recommendations.overdue(10)).extracting(Recommendation::text)
                .containsExactly("Late and in progress.", "Late.");
        assertThat(recommendations.countOverdue()).isEqualTo(2);
        assertThat(recommendations.page(null, null, true, new PageRequest(1, 20)).total()).isEqualTo(2);
        assertThat(recommendations.page(null, theHague, false, new PageRequest(1, 20)).total()).isEqualTo(3);
        assertThat(recommendations.page(RecommendationStatus.DONE, null, false, new PageRequest(1, 20)).items())
                .extracting(Recommendation::id).containsExactly(done.id());
        assertThat(late.isOverdue(today)).isTrue();
    }

    @Test
    void followUpEntriesAreKeptOldestFirst() {
        var r = recommendations.create(entered(theHague, "Review.", null));

        recommendations.addFollowUp(r.id(), LocalDate.of(2016, 5, 1), "editor", "Second.");
        recommendations.addFollowUp(r.id(), LocalDate.of(2016, 2, 1), "expert", "First.");

        assertThat(recommendations.followUps(r.id())).extracting(FollowUp::text).containsExactly("First.", "Second.");
        assertThat(recommendations.followUpSummaries().get(r.id().value()).entries()).isEqualTo(2);
    }

    @Test
    void aSecondSaveOfTheSameVersionIsRefusedAndOverwritesNothing() {
        var r = recommendations.create(entered(theHague, "Review.", null));
        recommendations.update(r.id(), 0, "Review the lists.", "UNODA", LocalDate.of(2017, 1, 1));

        assertThatThrownBy(() -> recommendations.update(r.id(), 0, "Overwritten?", null, null))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> recommendations.changeStatus(r.id(), 0, RecommendationStatus.DROPPED))
                .isInstanceOf(ConcurrentEditException.class);
        Recommendation stored = recommendations.find(r.id()).orElseThrow();
        assertThat(stored.text()).isEqualTo("Review the lists.");
        assertThat(stored.owner()).isEqualTo("UNODA");
        assertThat(stored.status()).isEqualTo(RecommendationStatus.OPEN);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void aStepTheLifecycleDoesNotAllowIsRefusedAndTheStatusStays() {
        var r = recommendations.create(entered(theHague, "Review.", null));
        recommendations.changeStatus(r.id(), 0, RecommendationStatus.DONE);

        assertThatThrownBy(() -> recommendations.changeStatus(r.id(), 1, RecommendationStatus.IN_PROGRESS))
                .isInstanceOf(RecordConflictException.class);
        assertThat(recommendations.find(r.id()).orElseThrow().status()).isEqualTo(RecommendationStatus.DONE);
    }

    @Test
    void everyChangeAndFollowUpWritesAnAuditEntry() {
        var r = recommendations.create(entered(theHague, "Review.", null));
        recommendations.update(r.id(), 0, "Review the lists.", "UNODA", null);
        recommendations.changeStatus(r.id(), 1, RecommendationStatus.IN_PROGRESS);
        recommendations.addFollowUp(r.id(), LocalDate.of(2016, 5, 1), "editor", "Begun.");

        assertThat(audit.of(Recommendations.RECORD_TYPE, r.id().toString())).extracting(AuditEntry::action)
                .containsExactly("create", "update", "status:work_started", "follow-up");
        assertThat(audit.of(Recommendations.RECORD_TYPE, r.id().toString()).get(3).afterJson()).contains("Begun.");
    }

    private static RecommendationValues entered(String event, String text, LocalDate due) {
        return new RecommendationValues(event, text, null, due, null, null);
    }
}
