package org.atlas1540.server.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.atlas1540.server.event.EventId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL's full-text search ({@link SearchEngine#POSTGRES}, chosen with {@code --search
 * postgres}): the documents live in the database ({@code search_documents}, migrations V2 and V9),
 * so every server that shares the database shares the index. A generated {@code tsvector} column with a GIN index holds the
 * weighted text (title A; venue and parties B; kind, year, regions and topics C; sections D);
 * queries go through {@code websearch_to_tsquery}, which accepts any text; snippets come from
 * {@code ts_headline} with private-use characters as markers, turned into {@link Snippet} parts here.
 *
 * <p>Built for searches with tens of thousands of hits (docs/benchmarks.md): the rows are narrow
 * (texts and the tsvector are stored apart, in TOAST), so a hit costs a visit to a small row; the
 * facets are counted in one grouped pass over numbers ({@link FacetBits}); hits are ordered by
 * whether the title matches, then newest first, which needs only the small title {@code tsvector}
 * kept in the row, not a rank over each hit's whole text; headlines are made for the page's hits only.
 * A search with words always finds its hits through the GIN index (a bitmap scan): a sequential scan
 * would read the large {@code tsvector} of every row, which the planner does not count as a cost.
 */
class PostgresSearchIndex implements SearchIndex {
    static final char START_MARK = '\ue000';
    static final char STOP_MARK = '\ue001';
    static final char FRAGMENT_BREAK = '\ue002';
    private static final String HEADLINE_OPTIONS = "StartSel=" + START_MARK + ", StopSel=" + STOP_MARK
            + ", FragmentDelimiter=" + FRAGMENT_BREAK + ", MaxFragments=2, MaxWords=30, MinWords=12, ShortWord=2";
    /** Without query words, a hit shows the opening of its note, about this many characters. */
    private static final int OPENING_LENGTH = 200;
    /** The query, parsed once per statement (a function in FROM), not once per row. */
    private static final String QUERY = "websearch_to_tsquery('english', :q) AS query, ";
    /**
     * Plans for a search with words: hits through the GIN index only, never a scan that reads each
     * row's tsvector; no JIT, whose compilation costs more than these statements take. For this
     * transaction only.
     */
    private static final String INDEX_ONLY_PLANS = "SELECT set_config('enable_seqscan', 'off', true), "
            + "set_config('enable_indexscan', 'off', true), set_config('jit', 'off', true)";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final FacetBits bits;

    PostgresSearchIndex(JdbcClient jdbc, NamedParameterJdbcTemplate batch, TransactionTemplate transaction,
            Regions regions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
        this.readOnly = new TransactionTemplate(transaction.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.bits = FacetBits.of(regions);
    }

    @Override
    public SearchResults search(SearchRequest request) {
        return readOnly.execute(status -> search(request, new Condition(request, bits)));
    }

    private SearchResults search(SearchRequest request, Condition condition) {
        if (condition.matchesNothing()) {
            return SearchResults.none(request);
        }
        if (condition.words()) {
            jdbc.sql(INDEX_ONLY_PLANS).query(rs -> { });
        }
        var counts = new PostgresFacetCounts(bits);
        jdbc.sql(PostgresFacetCounts.SELECT + condition.from() + condition.where() + PostgresFacetCounts.GROUP_BY)
                .params(condition.params())
                .query(counts::add);
        if (counts.total() == 0 || request.offset() >= counts.total()) {
            return new SearchResults(request, counts.total(), List.of(), counts.facets());
        }
        return new SearchResults(request, counts.total(), page(request, condition), counts.facets());
    }

    /** The page's hits: ordered and cut on the narrow rows first, then the texts and headlines of these only. */
    private List<SearchHit> page(SearchRequest request, Condition condition) {
        boolean words = condition.words();
        String titleMatch = words ? "d.title_terms @@ query" : "FALSE";
        String headline = words ? "ts_headline('english', d.body, p.query, :options)"
                : "left(d.body, " + OPENING_LENGTH + ")";
        return jdbc.sql("SELECT p.title_match, d.event_id, d.slug, d.title, d.kind, d.start_date, d.end_date, "
                        + "d.venue_text, " + headline + " AS headline FROM (SELECT d.event_id, d.start_date, "
                        + titleMatch + " AS title_match" + (words ? ", query" : "") + condition.from()
                        + condition.where()
                        + " ORDER BY title_match DESC, d.start_date DESC NULLS LAST, d.event_id DESC"
                        + " LIMIT :limit OFFSET :offset) p JOIN search_documents d ON d.event_id = p.event_id"
                        + " ORDER BY p.title_match DESC, p.start_date DESC NULLS LAST, p.event_id DESC")
                .params(condition.params())
                .param("options", HEADLINE_OPTIONS)
                .param("limit", request.size())
                .param("offset", request.offset())
                .query((rs, n) -> hit(rs, words))
                .list();
    }

    /** What a search selects: its words (through the GIN index) and its filters, as SQL and parameters. */
    private static final class Condition {
        private final List<String> where = new ArrayList<>();
        private final Map<String, Object> params = new LinkedHashMap<>();
        private final boolean words;
        private boolean matchesNothing;

        Condition(SearchRequest request, FacetBits bits) {
            words = !request.query().isBlank();
            if (words) {
                where.add("d.document @@ query");
                params.put("q", request.query().text());
            }
            SearchFilters filters = request.filters();
            if (filters.year() != null) {
                where.add("d.event_year = :year");
                params.put("year", filters.year());
            }
            if (filters.region() != null) {
                bit(bits, Facet.REGION, filters.region(), "(d.region_bits & :region) <> 0", "region");
            }
            if (filters.topic() != null) {
                bit(bits, Facet.TOPIC, filters.topic(), "(d.topic_bits & :topic) <> 0", "topic");
            }
            if (filters.kind() != null) {
                where.add("d.kind = :kind");
                params.put("kind", filters.kind());
            }
        }

        private void bit(FacetBits bits, Facet facet, String value, String sql, String name) {
            OptionalLong bit = bits.bit(facet, value);
            if (bit.isEmpty()) {
                matchesNothing = true;
                return;
            }
            where.add(sql);
            params.put(name, bit.getAsLong());
        }

        boolean words() {
            return words;
        }

        /** A filter on a value that no document can have. */
        boolean matchesNothing() {
            return matchesNothing;
        }

        String from() {
            return " FROM " + (words ? QUERY : "") + "search_documents d";
        }

        String where() {
            return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        }

        Map<String, Object> params() {
            return params;
        }
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
                INSERT INTO search_documents (event_id, event_version, start_date, end_date, event_year,
                    region_bits, topic_bits, kind, slug, title, venue_text, parties, keywords, body)
                VALUES (:id, :version, :start, :end, :year, :regions, :topics, :kind, :slug, :title, :venue,
                    :parties, :keywords, :body)
                ON CONFLICT (event_id) DO UPDATE SET event_version = EXCLUDED.event_version,
                    start_date = EXCLUDED.start_date, end_date = EXCLUDED.end_date, event_year = EXCLUDED.event_year,
                    region_bits = EXCLUDED.region_bits, topic_bits = EXCLUDED.topic_bits, kind = EXCLUDED.kind,
                    slug = EXCLUDED.slug, title = EXCLUDED.title, venue_text = EXCLUDED.venue_text,
                    parties = EXCLUDED.parties, keywords = EXCLUDED.keywords, body = EXCLUDED.body""",
                documents.stream().map(this::row).toArray(MapSqlParameterSource[]::new));
    }

    private MapSqlParameterSource row(SearchDocument d) {
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
                .addValue("regions", bits.bits(Facet.REGION, d.regions()))
                .addValue("topics", bits.bits(Facet.TOPIC, d.topics()))
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

    /**
     * In one transaction: other servers see the old documents until it commits. Then the planner's
     * statistics are made anew and the GIN index's pending list (where new entries wait, and which
     * every search reads through) is merged into it, so that the next searches do not wait for
     * autovacuum. The facet bits' layout is recorded with the documents written with it.
     */
    @Override
    public int replaceAll(Consumer<Consumer<List<SearchDocument>>> source) {
        return transaction.execute(status -> {
            jdbc.sql("DELETE FROM search_documents").update();
            source.accept(this::upsert);
            jdbc.sql("DELETE FROM search_layout").update();
            jdbc.sql("INSERT INTO search_layout (facet_bits) VALUES (:layout)").param("layout", bits.layout()).update();
            jdbc.sql("ANALYZE search_documents").update();
            jdbc.sql("SELECT gin_clean_pending_list(CAST('search_documents_document' AS regclass))").query(rs -> { });
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

    /** When the documents' facet bits were written with another layout than the code's (a region or topic added). */
    @Override
    public boolean needsRebuild() {
        List<String> layout = jdbc.sql("SELECT facet_bits FROM search_layout").query(String.class).list();
        return !layout.equals(List.of(bits.layout()));
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
