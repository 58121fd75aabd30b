package org.atlas1540.server.state;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.atlas1540.reference.StateCode;
import org.atlas1540.reference.UnRegionalGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the States API: the stored States with their UN regional groups as ids. */
@Repository
class StateApiRepository {
    private static final String COLUMNS = "code, alpha2, short_name, formal_name, status, m49_region, m49_subregion, "
            + "osce_status";

    private final JdbcClient jdbc;

    StateApiRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All States, by short name. */
    List<Row> all() {
        Map<String, List<UnRegionalGroup>> groups = new TreeMap<>();
        jdbc.sql("SELECT state_code, un_group FROM state_groups ORDER BY state_code, un_group")
                .query(rs -> {
                    groups.computeIfAbsent(rs.getString("state_code"), c -> new ArrayList<>())
                            .add(UnRegionalGroup.fromSlug(rs.getString("un_group")));
                });
        return jdbc.sql("SELECT " + COLUMNS + " FROM states ORDER BY short_name, code")
                .query((rs, n) -> row(rs, groups.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    Optional<Row> find(StateCode code) {
        List<UnRegionalGroup> groups = jdbc.sql("SELECT un_group FROM state_groups WHERE state_code = :code "
                        + "ORDER BY un_group")
                .param("code", code.value())
                .query((rs, n) -> UnRegionalGroup.fromSlug(rs.getString("un_group")))
                .list();
        return jdbc.sql("SELECT " + COLUMNS + " FROM states WHERE code = :code")
                .param("code", code.value())
                .query((rs, n) -> row(rs, groups))
                .optional();
    }

    private static Row row(ResultSet rs, List<UnRegionalGroup> groups) throws SQLException {
        return new Row(rs.getString("code"), rs.getString("alpha2"), rs.getString("short_name"),
                rs.getString("formal_name"), rs.getString("status"), rs.getString("m49_region"),
                rs.getString("m49_subregion"), rs.getString("osce_status"), groups.stream().sorted().toList());
    }

    /** A row of the states table with its groups, in the enum's order. */
    record Row(String code, String alpha2, String shortName, String formalName, String status, String region,
            String subregion, String osceStatus, List<UnRegionalGroup> groups) {
    }
}
