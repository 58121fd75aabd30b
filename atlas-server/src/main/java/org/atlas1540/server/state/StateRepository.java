package org.atlas1540.server.state;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atlas1540.reference.State;
import org.atlas1540.reference.StateCode;
import org.atlas1540.reference.UnRegionalGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StateRepository {
    private final JdbcClient jdbc;

    StateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(State state) {
        int updated = jdbc.sql("""
                UPDATE states SET alpha2 = :alpha2, short_name = :shortName, formal_name = :formalName,
                    status = :status, m49_region = :region, m49_subregion = :subregion, osce_status = :osce
                WHERE code = :code""")
                .params(columns(state))
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO states (code, alpha2, short_name, formal_name, status, m49_region, m49_subregion, osce_status)
                    VALUES (:code, :alpha2, :shortName, :formalName, :status, :region, :subregion, :osce)""")
                    .params(columns(state))
                    .update();
        }
        jdbc.sql("DELETE FROM state_groups WHERE state_code = :code").param("code", state.code().value()).update();
        state.groups().stream().sorted().forEach(group -> jdbc.sql(
                "INSERT INTO state_groups (state_code, un_group) VALUES (:code, :group)")
                .param("code", state.code().value())
                .param("group", group.slug())
                .update());
    }

    private static Map<String, Object> columns(State state) {
        var columns = new LinkedHashMap<String, Object>();
        columns.put("code", state.code().value());
        columns.put("alpha2", state.alpha2());
        columns.put("shortName", state.shortName());
        columns.put("formalName", state.formalName());
        columns.put("status", state.status().slug());
        columns.put("region", blankToNull(state.m49Region()));
        columns.put("subregion", blankToNull(state.m49SubRegion()));
        columns.put("osce", state.osce().slug());
        return columns;
    }

    Optional<StateDetails> find(StateCode code) {
        List<UnRegionalGroup> groups = groupsOf(code);
        return jdbc.sql("""
                SELECT code, short_name, formal_name, status, m49_region, m49_subregion, osce_status
                FROM states WHERE code = :code""")
                .param("code", code.value())
                .query((rs, n) -> details(rs, groups))
                .optional();
    }

    /** All States, by short name. */
    List<StateListItem> all() {
        Map<String, List<UnRegionalGroup>> groups = new LinkedHashMap<>();
        jdbc.sql("SELECT state_code, un_group FROM state_groups ORDER BY state_code, un_group")
                .query(rs -> {
                    groups.computeIfAbsent(rs.getString("state_code"), c -> new ArrayList<>())
                            .add(UnRegionalGroup.fromSlug(rs.getString("un_group")));
                });
        return jdbc.sql("SELECT code, short_name, status, m49_region FROM states ORDER BY short_name")
                .query((rs, n) -> new StateListItem(
                        StateCode.of(rs.getString("code")),
                        rs.getString("short_name"),
                        rs.getString("status"),
                        rs.getString("m49_region"),
                        labels(groups.getOrDefault(rs.getString("code"), List.of()))))
                .list();
    }

    private List<UnRegionalGroup> groupsOf(StateCode code) {
        return jdbc.sql("SELECT un_group FROM state_groups WHERE state_code = :code")
                .param("code", code.value())
                .query((rs, n) -> UnRegionalGroup.fromSlug(rs.getString("un_group")))
                .list();
    }

    private static StateDetails details(ResultSet rs, List<UnRegionalGroup> groups) throws SQLException {
        return new StateDetails(
                StateCode.of(rs.getString("code")),
                rs.getString("short_name"),
                rs.getString("formal_name"),
                rs.getString("status"),
                labels(groups),
                rs.getString("m49_region"),
                rs.getString("m49_subregion"),
                rs.getString("osce_status"));
    }

    private static List<String> labels(List<UnRegionalGroup> groups) {
        return groups.stream().sorted(Comparator.naturalOrder()).map(UnRegionalGroup::label).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
