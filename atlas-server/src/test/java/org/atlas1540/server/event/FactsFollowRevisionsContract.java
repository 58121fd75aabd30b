package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.assistance.AssistanceArea;
import org.atlas1540.server.assistance.AssistanceRequestId;
import org.atlas1540.server.assistance.AssistanceRequests;
import org.atlas1540.server.assistance.Audience;
import org.atlas1540.server.assistance.NewRequest;
import org.atlas1540.server.assistance.RequestSource;
import org.atlas1540.server.audit.AuditEntry;
import org.atlas1540.server.audit.AuditLog;
import org.atlas1540.server.importing.NoteImporter;
import org.atlas1540.server.plan.ActionPlan;
import org.atlas1540.server.plan.ActionPlanValues;
import org.atlas1540.server.plan.ActionPlans;
import org.atlas1540.server.plan.PlanStatus;
import org.atlas1540.server.testing.AssistanceTestData;
import org.atlas1540.server.testing.TestData;
import org.atlas1540.server.visit.CountryVisit;
import org.atlas1540.server.visit.CountryVisitValues;
import org.atlas1540.server.visit.CountryVisits;
import org.atlas1540.server.visit.VisitStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A revised note keeps what people decided about its facts: a fact still in the note keeps its
 * review, and the records made from a fact follow it to its new number; a record whose fact is gone
 * keeps where it came from. On whichever database the subclass names.
 */
abstract class FactsFollowRevisionsContract {
    private static final String HEADER = """
            Information Note

            Event\tNational Round Table on Resolution 1540
            Organiser\tUNODA
            Date and Venue\t3-4 March 2021, Windhoek, Namibia
            Participants\tStates: Namibia, Botswana, Zambia

            1. Highlights

            """;
    private static final String NAMIBIA_PLAN = "Namibia presented its national action plan, which it submitted to "
            + "the Committee in 2019.\n\n";
    private static final String BOTSWANA_VISIT = "Botswana requested a country visit by the Committee in 2022.\n\n";
    private static final String ZAMBIA_NEED = "Zambia requested assistance with the training of customs officers.\n";
    private static final String ZAMBIA_PLAN = "Zambia presented its national action plan, which it submitted to "
            + "the Committee in 2018.\n\n";

    @Autowired
    NoteImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActionPlans plans;

    @Autowired
    CountryVisits visits;

    @Autowired
    AssistanceRequests requests;

    @Autowired
    AuditLog audit;

    private String slug;

    @BeforeEach
    void aNoteWithAPlanAVisitAndANeedEachRecorded() {
        TestData.deleteEvents(jdbc);
        AssistanceTestData.deleteAll(jdbc);
        note(HEADER + NAMIBIA_PLAN + BOTSWANA_VISIT + ZAMBIA_NEED);
        slug = jdbc.sql("SELECT slug FROM events").query(String.class).single();
        assertThat(facts()).containsExactly("national-action-plan NAM suggested", "country-visit BWA suggested",
                "assistance-need ZMB suggested");
    }

    private void note(String text) {
        var result = importer.importBytes("windhoek.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.failed()).as("import: %s", result).isFalse();
    }

    private List<String> facts() {
        return jdbc.sql("SELECT f.fact_type, f.state_code, f.status FROM facts f JOIN events e ON e.id = f.event_id "
                        + "WHERE e.slug = :slug ORDER BY f.position")
                .param("slug", slug)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list();
    }

    private ActionPlan planFromFact(int number) {
        return plans.create(new ActionPlanValues(StateCode.of("NAM"), 1, PlanStatus.SUBMITTED, LocalDate.of(2019, 5, 1),
                null, null, RecordSource.ofFact(slug, number)));
    }

    private CountryVisit visitFromFact(int number) {
        return visits.create(new CountryVisitValues(StateCode.of("BWA"), VisitStatus.REQUESTED, 2022, null, null,
                RecordSource.ofFact(slug, number), null));
    }

    private AssistanceRequestId requestFromFact(int number) {
        return requests.create(new NewRequest(StateCode.of("ZMB"), AssistanceArea.BORDER_SECURITY,
                "Training of customs officers", LocalDate.of(2021, 3, 4), RequestSource.fact(slug, number), false),
                "editor1");
    }

    @Test
    void aFactAddedAboveMovesTheRecordsOfTheFactsBelowAndTheyKeepTheirReview() {
        ActionPlan plan = planFromFact(1);
        CountryVisit visit = visitFromFact(2);

        note(HEADER + ZAMBIA_PLAN + NAMIBIA_PLAN + BOTSWANA_VISIT + ZAMBIA_NEED);

        assertThat(facts()).containsExactly("national-action-plan ZMB suggested", "national-action-plan NAM confirmed",
                "country-visit BWA confirmed", "assistance-need ZMB suggested");
        ActionPlan followed = plans.find(plan.id()).orElseThrow();
        assertThat(followed.source()).isEqualTo(RecordSource.ofFact(slug, 2));
        assertThat(followed.version()).as("a form opened before the revision no longer saves over it")
                .isEqualTo(plan.version() + 1);
        assertThat(visits.find(visit.id()).orElseThrow().source()).isEqualTo(RecordSource.ofFact(slug, 3));
        List<AuditEntry> planHistory = audit.of(ActionPlans.RECORD_TYPE, plan.id().toString());
        assertThat(planHistory).extracting(AuditEntry::action).containsExactly("create", "source fact renumbered");
        assertThat(planHistory.get(1).beforeJson()).contains("\"factNumber\":1");
        assertThat(planHistory.get(1).afterJson()).contains("\"factNumber\":2");
    }

    @Test
    void aRejectedFactStaysRejectedWhenTheNoteIsRevisedAroundIt() {
        jdbc.sql("UPDATE facts SET status = 'rejected' WHERE fact_type = 'country-visit'").update();

        note(HEADER + ZAMBIA_PLAN + NAMIBIA_PLAN + BOTSWANA_VISIT + ZAMBIA_NEED);

        assertThat(facts()).containsExactly("national-action-plan ZMB suggested", "national-action-plan NAM suggested",
                "country-visit BWA rejected", "assistance-need ZMB suggested");
    }

    @Test
    void aRecordWhoseFactIsGoneKeepsItsEventOrSaysInWordsWhereItCameFrom() {
        CountryVisit visit = visitFromFact(2);
        AssistanceRequestId request = requestFromFact(3);

        note(HEADER + NAMIBIA_PLAN + ZAMBIA_PLAN);

        assertThat(facts()).containsExactly("national-action-plan NAM suggested", "national-action-plan ZMB suggested");
        assertThat(visits.find(visit.id()).orElseThrow().source()).isEqualTo(new RecordSource(slug, null, null));
        assertThat(requests.find(request, Audience.STAFF).orElseThrow().source()).isEqualTo(
                RequestSource.text("Event " + slug + ", fact 3 (no longer in the revised note)"));
        assertThat(audit.of(AssistanceRequests.RECORD_TYPE, request.toString())).extracting(AuditEntry::action)
                .endsWith("source fact renumbered");
    }

    @Test
    void theSameNoteAgainOrARevisionThatKeepsTheFactsInPlaceChangesNoRecord() {
        ActionPlan plan = planFromFact(1);

        note(HEADER + NAMIBIA_PLAN + BOTSWANA_VISIT + ZAMBIA_NEED);
        note(HEADER + NAMIBIA_PLAN + BOTSWANA_VISIT + ZAMBIA_NEED + "\nThe meeting closed at noon.\n");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_revisions").query(Long.class).single()).isEqualTo(2);
        assertThat(facts()).first().isEqualTo("national-action-plan NAM confirmed");
        assertThat(audit.of(ActionPlans.RECORD_TYPE, plan.id().toString())).extracting(AuditEntry::action)
                .containsExactly("create");
    }
}
