package org.atlas1540.server.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.atlas1540.reference.Organisation;
import org.atlas1540.reference.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganisationRepository {
    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(Organisation organisation) {
        var columns = new LinkedHashMap<String, Object>();
        columns.put("id", organisation.id().value());
        columns.put("acronym", organisation.acronym().isBlank() ? null : organisation.acronym());
        columns.put("name", organisation.name());
        columns.put("kind", organisation.kind());
        columns.put("country", organisation.country().map(c -> c.value()).orElse(null));
        int updated = jdbc.sql("""
                UPDATE organisations SET acronym = :acronym, name = :name, kind = :kind, country_code = :country
                WHERE id = :id""")
                .params(columns)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO organisations (id, acronym, name, kind, country_code)
                    VALUES (:id, :acronym, :name, :kind, :country)""")
                    .params(columns)
                    .update();
        }
        jdbc.sql("DELETE FROM organisation_aliases WHERE organisation_id = :id")
                .param("id", organisation.id().value()).update();
        organisation.aliases().stream().distinct().forEach(alias -> jdbc.sql(
                "INSERT INTO organisation_aliases (organisation_id, alias) VALUES (:id, :alias)")
                .param("id", organisation.id().value())
                .param("alias", alias)
                .update());
    }

    Optional<OrganisationDetails> find(OrganisationId id) {
        List<String> aliases = jdbc.sql("SELECT alias FROM organisation_aliases WHERE organisation_id = :id ORDER BY alias")
                .param("id", id.value()).query(String.class).list();
        return jdbc.sql("SELECT id, acronym, name, kind, country_code FROM organisations WHERE id = :id")
                .param("id", id.value())
                .query((rs, n) -> details(rs, aliases))
                .optional();
    }

    /** All organisations, by name. */
    List<OrganisationDetails> all() {
        return jdbc.sql("SELECT id, acronym, name, kind, country_code FROM organisations ORDER BY name")
                .query((rs, n) -> details(rs, List.of()))
                .list();
    }

    private static OrganisationDetails details(ResultSet rs, List<String> aliases) throws SQLException {
        return new OrganisationDetails(rs.getString("id"), rs.getString("acronym"), rs.getString("name"),
                rs.getString("kind"), rs.getString("country_code"), aliases);
    }
}
