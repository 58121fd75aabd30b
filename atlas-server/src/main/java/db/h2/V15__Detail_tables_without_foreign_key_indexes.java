package db.h2;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * H2 only (PostgreSQL's V15 does nothing): drops the foreign keys from the detail tables to {@code
 * events}. H2 keeps a B-tree of its own for every foreign key, on exactly its columns, even where
 * another index begins with them; so every row of {@code event_parties}, {@code sections}, {@code
 * event_topics}, {@code event_resolutions}, {@code facts}, {@code event_warnings} and {@code
 * event_revisions} went into an index on {@code event_id} that no query uses (each table's primary
 * key begins with {@code event_id}), and was checked against {@code events}: a fifth of the CPU of
 * inserting an import's rows. The detail rows are written only by the event module, in the
 * transaction that writes their event, with its id. The foreign keys to the reference data
 * (States, organisations) stay: a row naming a State that is not there is refused.
 *
 * <p>A Java migration because H2 named these constraints itself ({@code CONSTRAINT_6E}...): they are
 * found by what they are, not by name.
 */
public class V15__Detail_tables_without_foreign_key_indexes extends BaseJavaMigration {
    static final List<String> DETAIL_TABLES = List.of("EVENT_PARTIES", "SECTIONS", "EVENT_TOPICS",
            "EVENT_RESOLUTIONS", "FACTS", "EVENT_WARNINGS", "EVENT_REVISIONS");

    /** Foreign keys of one column, EVENT_ID, to EVENTS, on the tables named (H2's INFORMATION_SCHEMA). */
    private static final String FOREIGN_KEYS_TO_EVENTS = """
            SELECT fk.TABLE_NAME, fk.CONSTRAINT_NAME
            FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS fk
            JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc
                ON rc.CONSTRAINT_SCHEMA = fk.CONSTRAINT_SCHEMA AND rc.CONSTRAINT_NAME = fk.CONSTRAINT_NAME
            JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS referenced
                ON referenced.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA
                AND referenced.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME
            WHERE fk.CONSTRAINT_TYPE = 'FOREIGN KEY' AND fk.TABLE_SCHEMA = CURRENT_SCHEMA
                AND referenced.TABLE_NAME = 'EVENTS'
                AND (SELECT LISTAGG(k.COLUMN_NAME, ',') FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
                     WHERE k.CONSTRAINT_SCHEMA = fk.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = fk.CONSTRAINT_NAME)
                    = 'EVENT_ID'
            ORDER BY fk.TABLE_NAME""";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String[] constraint : foreignKeysToEvents(statement)) {
                statement.execute("ALTER TABLE " + constraint[0] + " DROP CONSTRAINT \"" + constraint[1] + "\"");
            }
        }
    }

    private static List<String[]> foreignKeysToEvents(Statement statement) throws SQLException {
        var found = new ArrayList<String[]>();
        try (ResultSet rs = statement.executeQuery(FOREIGN_KEYS_TO_EVENTS)) {
            while (rs.next()) {
                if (DETAIL_TABLES.contains(rs.getString(1))) {
                    found.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return found;
    }
}
