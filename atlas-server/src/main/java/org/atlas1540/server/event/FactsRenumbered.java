package org.atlas1540.server.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.atlas1540.server.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Published inside the transaction of a revision whose note renumbered its event's facts
 * ({@link FactCarryOver}), so that the records that name a fact by number follow it, in the same
 * transaction: {@link FactReferencesFollowRevisions} calls {@link #followIn} for each module's
 * {@link FactReferencing}.
 *
 * @param eventSlug the event
 * @param moved     old number to new number, for the facts still there under another number
 * @param gone      the numbers of the facts that the revised note no longer has
 */
public record FactsRenumbered(String eventSlug, Map<Integer, Integer> moved, List<Integer> gone) {
    private static final int MAX_WORDS = 1000;
    /** A record that follows its fact is changed: an editor's form opened before then no longer saves over it. */
    private static final String NEXT_VERSION = "version = version + 1";

    public FactsRenumbered {
        moved = Map.copyOf(moved);
        gone = List.copyOf(gone);
    }

    /**
     * Where a module's table names a fact: the columns of the event's slug and of the fact's number,
     * and, for a table that keeps the two together (a fact's number or neither), the column of the
     * source in words that takes over the reference to a fact that is gone; and how one of its records
     * reads for the audit log's before and after ({@code find}, by id). A module whose records name
     * facts makes a bean of its own {@link FactReferencing}.
     */
    public record FactReferences(String recordType, String table, String slugColumn, String numberColumn,
            String wordsColumn, LongFunction<Object> find) {
    }

    /** A module's records that name an event's fact by number. */
    public interface FactReferencing {
        FactReferences factReferences();
    }

    /**
     * Moves the table's references to this event's facts with the facts, and drops those to facts that
     * are gone: the record keeps its event where the table allows it, or else says in words where it
     * came from. Each record changed gets an audit entry ("source fact renumbered") with the record as
     * its {@code find} reads it before and after. Two steps (negative numbers first), so that a unique
     * (event, number) never sees one number twice.
     */
    void followIn(FactReferences references, JdbcClient jdbc, AuditLog audit) {
        var affected = new ArrayList<Integer>(moved.keySet());
        affected.addAll(gone);
        if (affected.isEmpty()) {
            return;
        }
        String table = references.table();
        String number = references.numberColumn();
        String ofEvent = " WHERE " + references.slugColumn() + " = :slug AND " + number;
        List<Long> ids = jdbc.sql("SELECT id FROM " + table + ofEvent + " IN (:numbers) ORDER BY id")
                .param("slug", eventSlug).param("numbers", affected).query(Long.class).list();
        if (ids.isEmpty()) {
            return;
        }
        List<Object> before = ids.stream().map(references.find()::apply).toList();
        dropGone(references, jdbc);
        moved.forEach((from, to) -> jdbc.sql("UPDATE " + table + " SET " + number + " = :to, " + NEXT_VERSION
                        + ofEvent + " = :from")
                .param("to", -to).param("slug", eventSlug).param("from", from).update());
        jdbc.sql("UPDATE " + table + " SET " + number + " = -" + number + ofEvent + " < 0")
                .param("slug", eventSlug).update();
        for (int i = 0; i < ids.size(); i++) {
            audit.record(references.recordType(), Long.toString(ids.get(i)), "source fact renumbered", before.get(i),
                    references.find().apply(ids.get(i)));
        }
    }

    private void dropGone(FactReferences references, JdbcClient jdbc) {
        String table = references.table();
        String number = references.numberColumn();
        String ofFact = " WHERE " + references.slugColumn() + " = :slug AND " + number + " = :number";
        for (int old : gone) {
            if (references.wordsColumn() == null) {
                jdbc.sql("UPDATE " + table + " SET " + number + " = NULL, " + NEXT_VERSION + ofFact)
                        .param("slug", eventSlug).param("number", old).update();
                continue;
            }
            String words = references.wordsColumn();
            String toWords = "UPDATE " + table + " SET " + words + " = :words, " + references.slugColumn() + " = NULL, "
                    + number + " = NULL, " + NEXT_VERSION + ofFact;
            // one row at most: a fact is the source of one record only
            for (String text : jdbc.sql("SELECT " + words + " FROM " + table + ofFact)
                    .param("slug", eventSlug).param("number", old).query(String.class).list()) {
                jdbc.sql(toWords).param("words", wordsFor(text, old)).param("slug", eventSlug).param("number", old)
                        .update();
            }
        }
    }

    private String wordsFor(String text, int number) {
        String reference = "Event " + eventSlug + ", fact " + number + " (no longer in the revised note)";
        String words = text == null || text.isBlank() ? reference : text + "; " + reference;
        return words.length() <= MAX_WORDS ? words : words.substring(0, MAX_WORDS);
    }
}
