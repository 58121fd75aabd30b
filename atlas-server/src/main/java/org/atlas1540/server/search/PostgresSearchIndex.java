package org.atlas1540.server.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.atlas1540.server.event.EventId;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL's full-text search, for the {@code postgres} profile: the documents live in the
 * database ({@code search_documents}, migration V2), so every server that shares the database
 * shares the index. A generated {@code tsvector} column with a GIN index holds the weighted text
 * (title A; venue and parties B; kind, year, regions and topics C; sections D); queries go
 * through {@code websearch_to_tsquery}, which accepts any text; snippets come from {@code
 * ts_headline} with private-use characters as markers, turned into {@link Snippet} parts here.
 */
@Component
@Profile("postgres")
class PostgresSearchIndex implements SearchIndex {
    static final char START_MARK = '\ue000';
    static final char STOP_MARK = '\ue001';
    static final char FRAGMENT_BREAK = '\ue002';
    private static final String HEADLINE_OPTIONS = "StartSel=" + START_MARK + ", StopSel=" + STOP_MARK
            + ", FragmentDelimiter=" + FRAGMENT_BREAK + ", MaxFragments=2, MaxWords=30, MinWords=12, ShortWord=2";
    /** Without query words, a hit shows the opening of its note, about this many characters. */
    private static final int OPENING_LENGTH = 200;
    private static final String MATCH = "d.document @@ websearch_to_tsquery('english', :q)";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final TransactionTemplate transaction;

    PostgresSearchIndex(JdbcClient jdbc, NamedParameterJdbcTemplate batch, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
    }

    @Override
    public SearchResults search(SearchRequest request) {
        var where = new ArrayList<String>();
        var params = new LinkedHashMap<String, Object>();
        boolean words = !request.query().isBlank();
        if (words) {
            where.add(MATCH);
            params.put("q", request.query().text());
        }
        SearchFilters filters = request.filters();
        if (filters.year() != null) {
            where.add("d.event_year = :year");
            params.put("year", filters.year());
        }
        if (filters.region() != null) {
            where.add(":region = ANY (d.regions)");
            params.put("region", filters.region());
        }
        if (filters.topic() != null) {
            where.add(":topic = ANY (d.topics)");
            params.put("topic", filters.topic());
        }
        if (filters.kind() != null) {
            where.add("d.kind = :kind");
            params.put("kind", filters.kind());
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        var facets = new EnumMap<Facet, List<FacetCount>>(Facet.class);
        long[] total = {0};
        jdbc.sql("WITH matched AS (SELECT d.event_year, d.kind, d.regions, d.topics FROM search_documents d"
                        + condition + """
                        )
                        SELECT 'total' AS facet, NULL AS facet_value, COUNT(*) AS n FROM matched
                        UNION ALL SELECT 'year', CAST(event_year AS VARCHAR), COUNT(*) FROM matched
                            WHERE event_year IS NOT NULL GROUP BY event_year
                        UNION ALL SELECT 'kind', kind, COUNT(*) FROM matched GROUP BY kind
                        UNION ALL SELECT 'region', r, COUNT(*) FROM matched, unnest(regions) AS r GROUP BY r
                        UNION ALL SELECT 'topic', t, COUNT(*) FROM matched, unnest(topics) AS t GROUP BY t""")
                .params(params)
                .query(rs -> {
                    String name = rs.getString("facet");
                    if (name.equals("total")) {
                        total[0] = rs.getLong("n");
                        return;
                    }
                    for (Facet facet : Facet.values()) {
                        if (facet.parameter().equals(name)) {
                            facets.computeIfAbsent(facet, f -> new ArrayList<>())
                                    .add(new FacetCount(facet, rs.getString("facet_value"), rs.getLong("n")));
                        }
                    }
                });
        if (total[0] == 0 || request.offset() >= total[0]) {
            return new SearchResults(request, total[0], List.of(), facets);
        }
        // Rank and page first, then the costly headlines for the page's hits only.
        // Normalised by the log of the document's length, as Lucene's BM25 favours short fields.
        String rank = words ? "ts_rank_cd(d.document, websearch_to_tsquery('english', :q), 1)" : "0";
        String headline = words ? "ts_headline('english', d.body, websearch_to_tsquery('english', :q), :options)"
                : "left(d.body, " + OPENING_LENGTH + ")";
        List<SearchHit> hits = jdbc.sql("SELECT p.rank, d.event_id, d.slug, d.title, d.kind, d.start_date, d.end_date, "
                        + "d.venue_text, " + headline + " AS headline FROM (SELECT d.event_id, " + rank + " AS rank, "
                        + "d.start_date FROM search_documents d" + condition
                        + " ORDER BY rank DESC, d.start_date DESC NULLS LAST, d.event_id DESC LIMIT :limit OFFSET :offset"
                        + ") p JOIN search_documents d ON d.event_id = p.event_id"
                        + " ORDER BY p.rank DESC, p.start_date DESC NULLS LAST, p.event_id DESC")
                .params(params)
                .param("options", HEADLINE_OPTIONS)
                .param("limit", request.size())
                .param("offset", request.offset())
                .query((rs, n) -> hit(rs, words))
                .list();
        return new SearchResults(request, total[0], hits, facets);
    }

    private static SearchHit hit(ResultSet rs, boolean words) throws SQLException {
        return new SearchHit(new EventId(rs.getLong("event_id")), rs.getString("slug"), rs.getString("title"),
                rs.getString("kind"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getString("venue_text"),
                snippets(rs.getString("headline"), words));
    }

    /** The headline's fragments as snippets: the markers become marked parts; nothing else is markup. */
    static List<Snippet> snippets(String headline, boolean words) {
        if (headline == null || headline.isBlank()) {
            return List.of();
        }
        if (!words) {
            // The opening of the note, cut at a word.
            int space = headline.length() < OPENING_LENGTH ? -1 : headline.lastIndexOf(' ');
            return List.of(new Snippet.Builder().text(space > 0 ? headline.substring(0, space) : headline).build());
        }
        var snippets = new ArrayList<Snippet>();
        for (String fragment : headline.split(String.valueOf(FRAGMENT_BREAK))) {
            var snippet = new Snippet.Builder();
            boolean marked = false;
            int from = 0;
            for (int i = 0; i < fragment.length(); i++) {
                char c = fragment.charAt(i);
                if (c == START_MARK || c == STOP_MARK) {
                    add(snippet, fragment.substring(from, i), marked);
                    marked = c == START_MARK;
                    from = i + 1;
                }
            }
            add(snippet, fragment.substring(from), marked);
            Snippet built = snippet.build();
            if (!built.parts().isEmpty()) {
                snippets.add(built);
            }
        }
        return snippets;
    }

    private static void add(Snippet.Builder snippet, String text, boolean marked) {
        if (marked) {
            snippet.mark(text);
        } else {
            snippet.text(text);
        }
    }

    @Override
    public void put(List<SearchDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> upsert(documents));
    }

    private void upsert(List<SearchDocument> documents) {
        batch.batchUpdate("""
                INSERT INTO search_documents (event_id, event_version, slug, title, kind, start_date, end_date,
                    event_year, venue_text, parties, keywords, regions, topics, body)
                VALUES (:id, :version, :slug, :title, :kind, :start, :end, :year, :venue, :parties, :keywords,
                    string_to_array(:regions, '|'), string_to_array(:topics, '|'), :body)
                ON CONFLICT (event_id) DO UPDATE SET event_version = EXCLUDED.event_version, slug = EXCLUDED.slug,
                    title = EXCLUDED.title, kind = EXCLUDED.kind, start_date = EXCLUDED.start_date,
                    end_date = EXCLUDED.end_date, event_year = EXCLUDED.event_year, venue_text = EXCLUDED.venue_text,
                    parties = EXCLUDED.parties, keywords = EXCLUDED.keywords, regions = EXCLUDED.regions,
                    topics = EXCLUDED.topics, body = EXCLUDED.body""",
                documents.stream().map(PostgresSearchIndex::row).toArray(MapSqlParameterSource[]::new));
    }

    private static MapSqlParameterSource row(SearchDocument d) {
        return new MapSqlParameterSource()
                .addValue("id", d.id().value())
                .addValue("version", OffsetDateTime.ofInstant(d.version(), ZoneOffset.UTC))
                .addValue("slug", d.slug())
                .addValue("title", d.title())
                .addValue("kind", d.kind())
                .addValue("start", d.startDate())
                .addValue("end", d.endDate())
                .addValue("year", d.year())
                .addValue("venue", d.venue())
                .addValue("parties", d.parties())
                .addValue("keywords", d.keywords())
                .addValue("regions", String.join("|", d.regions()))
                .addValue("topics", String.join("|", d.topics()))
                .addValue("body", d.body());
    }

    @Override
    public void remove(Collection<EventId> events) {
        if (events.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> jdbc.sql("DELETE FROM search_documents WHERE event_id IN (:ids)")
                .param("ids", events.stream().map(EventId::value).toList())
                .update());
    }

    /** In one transaction: other servers see the old documents until it commits. */
    @Override
    public int replaceAll(Consumer<Consumer<List<SearchDocument>>> source) {
        return transaction.execute(status -> {
            jdbc.sql("DELETE FROM search_documents").update();
            source.accept(this::upsert);
            return jdbc.sql("SELECT COUNT(*) FROM search_documents").query(Integer.class).single();
        });
    }

    @Override
    public Map<EventId, Instant> versions() {
        var versions = new HashMap<EventId, Instant>();
        jdbc.sql("SELECT event_id, event_version FROM search_documents").query(rs -> {
            versions.put(new EventId(rs.getLong("event_id")),
                    rs.getObject("event_version", OffsetDateTime.class).toInstant());
        });
        return versions;
    }

    /** The table comes with the schema: it is never of an older layout than the code. */
    @Override
    public boolean needsRebuild() {
        return false;
    }

    @Override
    public void commit() {
        // Every write commits with its transaction.
    }

    @Override
    public String describe() {
        return "PostgreSQL";
    }
}
