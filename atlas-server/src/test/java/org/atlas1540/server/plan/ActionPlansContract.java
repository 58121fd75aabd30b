package org.atlas1540.server.plan;

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

/** National action plans stored and read back, on whichever database the subclass names. */
abstract class ActionPlansContract {
    static final StateCode BOTSWANA = StateCode.of("BWA");
    static final StateCode SERBIA = StateCode.of("SRB");

    @Autowired
    ActionPlans plans;

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
    void aNoteWithPlanFacts() {
        TestData.deleteEvents(jdbc);
        gaborone = RecordNotes.imported(importer, RecordNotes.GABORONE);
    }

    @Test
    void aPlanVersionLearnedFromAFactIsStoredWithItsSource() {
        int fact = factAbout(BOTSWANA);

        ActionPlan plan = plans.create(new ActionPlanValues(BOTSWANA, 1, PlanStatus.SUBMITTED,
                LocalDate.of(2016, 6, 1), "Botswana NAP", "https://example.org/bwa.pdf",
                RecordSource.ofFact(gaborone, fact)));

        ActionPlan read = plans.find(plan.id()).orElseThrow();
        assertThat(read.values()).isEqualTo(plan.values());
        assertThat(read.source()).isEqualTo(new RecordSource(gaborone, fact, null));
        assertThat(read.version()).isZero();
        assertThat(read.createdAt()).isNotNull();
    }

    @Test
    void aStatesHistoryIsNewestVersionFirstAndTheRegionSeesItsLatest() {
        plans.create(values(SERBIA, 1, PlanStatus.SUPERSEDED));
        plans.create(values(SERBIA, 2, PlanStatus.PUBLISHED));
        plans.create(values(BOTSWANA, 1, PlanStatus.IN_PREPARATION));

        assertThat(plans.historyOf(SERBIA)).extracting(ActionPlan::planVersion).containsExactly(2, 1);
        assertThat(plans.latestByState()).containsOnlyKeys(SERBIA, BOTSWANA);
        assertThat(plans.latestByState().get(SERBIA).status()).isEqualTo(PlanStatus.PUBLISHED);
    }

    @Test
    void theListPagesAndFiltersByStateAndStatus() {
        plans.create(values(SERBIA, 1, PlanStatus.SUPERSEDED));
        plans.create(values(SERBIA, 2, PlanStatus.PUBLISHED));
        plans.create(values(BOTSWANA, 1, PlanStatus.PUBLISHED));

        var first = plans.page(null, null, new PageRequest(1, 2));
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(p -> p.state().value() + p.planVersion()).containsExactly("BWA1", "SRB2");
        assertThat(plans.page(null, null, new PageRequest(2, 2)).items()).extracting(ActionPlan::planVersion)
                .containsExactly(1);
        assertThat(plans.page(SERBIA, null, new PageRequest(1, 20)).total()).isEqualTo(2);
        assertThat(plans.page(null, PlanStatus.PUBLISHED, new PageRequest(1, 20)).total()).isEqualTo(2);
        assertThat(plans.page(SERBIA, PlanStatus.IN_PREPARATION, new PageRequest(1, 20)).total()).isZero();
    }

    @Test
    void aSecondPlanWithTheSameStateAndVersionIsRefusedAndNothingIsStored() {
        plans.create(values(SERBIA, 1, PlanStatus.PUBLISHED));

        assertThatThrownBy(() -> plans.create(values(SERBIA, 1, PlanStatus.SUBMITTED)))
                .isInstanceOf(RecordConflictException.class)
                .hasMessageContaining("SRB already has a plan version 1")
                .satisfies(e -> assertThat(((RecordConflictException) e).field()).isEqualTo("planVersion"));
        assertThat(TestData.count(jdbc, "action_plans")).isEqualTo(1);
    }

    @Test
    void aFactTakenForOnePlanCannotBeTheSourceOfAnother() {
        int fact = factAbout(BOTSWANA);
        plans.create(new ActionPlanValues(BOTSWANA, 1, PlanStatus.SUBMITTED, null, null, null,
                RecordSource.ofFact(gaborone, fact)));

        assertThatThrownBy(() -> plans.create(new ActionPlanValues(BOTSWANA, 2, PlanStatus.SUBMITTED, null, null, null,
                RecordSource.ofFact(gaborone, fact))))
                .isInstanceOf(RecordConflictException.class).hasMessageContaining("already the source");
    }

    @Test
    void aSourceThatDoesNotExistOrDoesNotFitIsRefusedBesideItsField() {
        assertThatThrownBy(() -> plans.create(new ActionPlanValues(SERBIA, 1, PlanStatus.SUBMITTED, null, null, null,
                RecordSource.ofFact("no-such-event", 1))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get("sourceEvent"))
                        .contains("There is no event 'no-such-event'"));
        assertThatThrownBy(() -> plans.create(new ActionPlanValues(BOTSWANA, 1, PlanStatus.SUBMITTED, null, null, null,
                RecordSource.ofFact(gaborone, 99))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get("sourceFact"))
                        .isEqualTo("The event has no fact 99."));
        int visit = sources.facts(gaborone, "country-visit").get(0).number();
        assertThatThrownBy(() -> plans.create(new ActionPlanValues(BOTSWANA, 1, PlanStatus.SUBMITTED, null, null, null,
                RecordSource.ofFact(gaborone, visit))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get("sourceFact"))
                        .contains("is a country visit, not a national action plan"));
        assertThatThrownBy(() -> plans.create(new ActionPlanValues(SERBIA, 1, PlanStatus.SUBMITTED, null, null, null,
                RecordSource.ofFact(gaborone, factAbout(BOTSWANA)))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get("sourceFact"))
                        .contains("is about BWA, not SRB"));
        assertThat(TestData.count(jdbc, "action_plans")).isZero();
    }

    @Test
    void anUpdateOfTheVersionReadIsSavedAndCountsTheVersionOn() {
        ActionPlan plan = plans.create(values(SERBIA, 1, PlanStatus.SUBMITTED));

        ActionPlan updated = plans.update(plan.id(), 0, values(SERBIA, 1, PlanStatus.PUBLISHED));

        assertThat(updated.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.createdAt()).isEqualTo(plan.createdAt());
    }

    @Test
    void aSecondSaveOfTheSameVersionIsRefusedAndOverwritesNothing() {
        ActionPlan plan = plans.create(values(SERBIA, 1, PlanStatus.SUBMITTED));
        plans.update(plan.id(), 0, values(SERBIA, 1, PlanStatus.PUBLISHED));

        assertThatThrownBy(() -> plans.update(plan.id(), 0, values(SERBIA, 1, PlanStatus.SUPERSEDED)))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("Someone else saved this plan version");
        ActionPlan stored = plans.find(plan.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void anUpdateToAVersionNumberTheStateHasIsRefused() {
        plans.create(values(SERBIA, 1, PlanStatus.SUPERSEDED));
        ActionPlan second = plans.create(values(SERBIA, 2, PlanStatus.PUBLISHED));

        assertThatThrownBy(() -> plans.update(second.id(), 0, values(SERBIA, 1, PlanStatus.PUBLISHED)))
                .isInstanceOf(RecordConflictException.class);
        assertThat(plans.find(second.id()).orElseThrow().planVersion()).isEqualTo(2);
    }

    @Test
    void everyChangeWritesAnAuditEntryWithBeforeAndAfterAndARefusedOneWritesNone() {
        ActionPlan plan = plans.create(values(SERBIA, 1, PlanStatus.SUBMITTED));
        plans.update(plan.id(), 0, values(SERBIA, 1, PlanStatus.PUBLISHED));
        long entries = audit.count();
        try {
            plans.update(plan.id(), 0, values(SERBIA, 1, PlanStatus.SUPERSEDED));
        } catch (ConcurrentEditException expected) {
            // refused: no entry
        }

        assertThat(audit.of(ActionPlans.RECORD_TYPE, plan.id().toString())).extracting(AuditEntry::action)
                .containsExactly("create", "update");
        AuditEntry update = audit.of(ActionPlans.RECORD_TYPE, plan.id().toString()).get(1);
        assertThat(update.beforeJson()).contains("SUBMITTED");
        assertThat(update.afterJson()).contains("PUBLISHED").contains("\"version\":1");
        assertThat(audit.count()).isEqualTo(entries);
    }

    private int factAbout(StateCode state) {
        return sources.facts(gaborone, ActionPlans.FACT_TYPE).stream()
                .filter(f -> state.value().equals(f.stateCode())).findFirst().orElseThrow().number();
    }

    private static ActionPlanValues values(StateCode state, int version, PlanStatus status) {
        return new ActionPlanValues(state, version, status, null, null, null,
                RecordSource.ofText("Letter of the Permanent Mission"));
    }
}
