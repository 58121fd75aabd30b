package org.atlas1540.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.atlas1540.server.audit.AuditDifference.FieldChange;
import org.junit.jupiter.api.Test;

class AuditDifferenceTest {

    @Test
    void eachFieldIsChangedUnchangedAddedOrRemoved() {
        var changes = AuditDifference.of("{\"role\":\"editor\",\"enabled\":true,\"old\":1}",
                "{\"role\":\"admin\",\"enabled\":true,\"new\":\"x\"}");

        assertThat(changes).containsExactly(
                new FieldChange("role", "editor", "admin", "changed"),
                new FieldChange("enabled", "true", "true", "unchanged"),
                new FieldChange("old", "1", null, "removed"),
                new FieldChange("new", null, "x", "added"));
    }

    @Test
    void aNewRecordHasOnlyAddedFieldsAndARemovedOneOnlyRemovedFields() {
        assertThat(AuditDifference.of(null, "{\"a\":1}")).extracting(FieldChange::change).containsExactly("added");
        assertThat(AuditDifference.of("{\"a\":1}", null)).extracting(FieldChange::change).containsExactly("removed");
        assertThat(AuditDifference.of(null, null)).isEmpty();
    }

    @Test
    void nestedFieldsAreNamedByTheirPathAndListsAreKeptAsJson() {
        var changes = AuditDifference.of("{\"dates\":{\"start\":\"2013-05-09\"},\"areas\":[\"customs\"]}",
                "{\"dates\":{\"start\":\"2013-05-10\"},\"areas\":[\"customs\",\"law\"]}");

        assertThat(changes).containsExactly(
                new FieldChange("dates.start", "2013-05-09", "2013-05-10", "changed"),
                new FieldChange("areas", "[\"customs\"]", "[\"customs\",\"law\"]", "changed"));
        assertThat(AuditDifference.changedFields("{\"a\":1,\"b\":2}", "{\"a\":1,\"b\":3}")).containsExactly("b");
    }

    @Test
    void textThatIsNotJsonIsShownAsIs() {
        assertThat(AuditDifference.of("not json", null)).containsExactly(
                new FieldChange("(text)", "not json", null, "removed"));
    }
}
