package org.atlas1540.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.atlas1540.server.event.EventId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The default index ({@link SearchEngine#LUCENE}): a Lucene index in {@code DIR/index}, beside the
 * H2 file, or on each server that uses PostgreSQL. English analysis (stemming, stop words); facets
 * as sorted-set doc values, so one directory holds everything.
 *
 * <p>Changes are visible to the next search at once (near-real-time reader) and made durable at
 * most every few seconds and when the server stops: a crash loses at most the last few seconds
 * of changes, which the catch-up at the next start puts back (the index stores each event's
 * version).
 */
class LuceneSearchIndex implements SearchIndex, DisposableBean {
    /** The layout of the documents; another value in an existing index means it is rebuilt. */
    static final String FORMAT = "atlas-search-2";
    static final String FORMAT_KEY = "atlas.format";
    static final String FOLDER = "index";

    private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchIndex.class);
    private static final long COMMIT_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final int SNIPPETS_PER_HIT = 2;
    private static final int SNIPPET_LENGTH = 180;
    private static final int HIGHLIGHT_MAX_LENGTH = 50_000;
    /** More than any facet has: years, regions, topics and kinds are few. */
    private static final int MAX_FACET_VALUES = 1000;

    private final Path folder;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final FacetsConfig facetsConfig = LuceneFields.facetsConfig();
    private final LuceneQueries queries = new LuceneQueries(analyzer);
    private final Object writeLock = new Object();

    private volatile Lucene lucene;
    private volatile boolean needsRebuild;
    private volatile boolean readerStale;
    private volatile FacetState facetState;
    private boolean uncommitted;
    private long lastCommit = System.nanoTime();

    /** The open index: its folder, the one writer, and the searchers that follow it. */
    private record Lucene(Directory directory, IndexWriter writer, SearcherManager searchers) {
    }

    LuceneSearchIndex(Path dataDir) {
        this.folder = dataDir.resolve(FOLDER).toAbsolutePath().normalize();
    }

    /**
     * Opens the index on first use, not when the bean is made: an index that cannot be opened (its
     * folder locked by another process) fails each search with {@link SearchUnavailableException},
     * which the pages report, and is tried again at the next search.
     */
    private Lucene lucene() {
        Lucene open = lucene;
        if (open == null) {
            synchronized (writeLock) {
                open = lucene;
                if (open == null) {
                    open = open();
                    lucene = open;
                }
            }
        }
        return open;
    }

    private Lucene open() {
        Directory directory = null;
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
            needsRebuild = !currentFormat(directory);
            IndexWriter writer = openWriter(directory, folder);
            return new Lucene(directory, writer, new SearcherManager(writer, null));
        } catch (IOException e) {
            closeQuietly(directory);
            if (e instanceof LockObtainFailedException) {
                throw new SearchUnavailableException("the search index in " + folder
                        + " is in use by another process", e);
            }
            throw new SearchUnavailableException("the search index in " + folder + " cannot be opened: "
                    + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException e) {
                // Already failing; the first error is the one reported.
            }
        }
    }

    private static boolean currentFormat(Directory directory) throws IOException {
        try {
            return DirectoryReader.indexExists(directory)
                    && FORMAT.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT_KEY));
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            return false;
        }
    }

    /** An index that cannot be read (corrupt, or written by another Lucene) is deleted: it is rebuilt from the database. */
    private IndexWriter openWriter(Directory directory, Path folder) throws IOException {
        try {
            return new IndexWriter(directory, config());
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            LOG.warn("The search index in {} cannot be read ({}); it is rebuilt from the database", folder,
                    e.getMessage());
            for (String file : directory.listAll()) {
                if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    directory.deleteFile(file);
                }
            }
            needsRebuild = true;
            return new IndexWriter(directory, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
        }
    }

    private IndexWriterConfig config() {
        return new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(48)
                .setCommitOnClose(true);
    }

    @Override
    public SearchResults search(SearchRequest request) {
        LuceneQueries.Built built = request.query().isBlank() ? new LuceneQueries.Built(new MatchAllDocsQuery(), null)
                : queries.build(ParsedQuery.parse(request.query().text()));
        if (built == null) {
            return SearchResults.none(request);
        }
        var query = new DrillDownQuery(facetsConfig, built.match());
        request.filters().active().forEach((facet, value) -> query.add(facet.parameter(), value));
        try {
            refreshIfStale();
            SearcherManager searchers = lucene().searchers();
            IndexSearcher searcher = searchers.acquire();
            try {
                return search(searcher, request, built.highlight(), query);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the search index in " + folder + " cannot be read", e);
        }
    }

    /**
     * Two passes: the page's hits (by relevance, which lets Lucene skip what cannot make the top;
     * or by date when there are no words), then the facet counts over all hits without scoring.
     * One pass that scored and sorted every hit was several times slower on large result sets.
     */
    private SearchResults search(IndexSearcher searcher, SearchRequest request, Query highlight, Query query)
            throws IOException {
        if (searcher.getIndexReader().numDocs() == 0) {
            return SearchResults.none(request);
        }
        int wanted = request.offset() + request.size();
        TopDocs top = request.query().isBlank()
                ? searcher.search(query, new TopFieldCollectorManager(LuceneFields.BY_DATE, wanted, null, 0, false))
                : searcher.search(query, wanted);
        long total;
        Map<Facet, List<FacetCount>> counts;
        if (request.query().isBlank() && request.filters().isEmpty()) {
            // Everything: the counts of the whole index, kept with the reader they were made from.
            total = searcher.getIndexReader().numDocs();
            counts = facetState(searcher.getIndexReader()).all();
        } else {
            FacetsCollector matching = searcher.search(new ConstantScoreQuery(query), new FacetsCollectorManager());
            total = matching.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
            counts = facets(facetState(searcher.getIndexReader()).state(), matching);
        }
        ScoreDoc[] scored = top.scoreDocs;
        int from = Math.min(request.offset(), scored.length);
        int[] docs = new int[scored.length - from];
        for (int i = from; i < scored.length; i++) {
            docs[i - from] = scored[i].doc;
        }
        List<List<Snippet>> snippets = snippets(searcher, highlight == null ? new MatchAllDocsQuery() : highlight, docs);
        var hits = new ArrayList<SearchHit>(docs.length);
        var stored = searcher.storedFields();
        for (int i = 0; i < docs.length; i++) {
            Document doc = stored.document(docs[i], LuceneFields.SHOWN);
            hits.add(new SearchHit(new EventId(Long.parseLong(doc.get(LuceneFields.ID))), doc.get(LuceneFields.SLUG),
                    blankToNull(doc.get(LuceneFields.TITLE)), doc.get(LuceneFields.KIND),
                    LuceneFields.date(doc, LuceneFields.START), LuceneFields.date(doc, LuceneFields.END),
                    blankToNull(doc.get(LuceneFields.VENUE)), snippets.get(i)));
        }
        return new SearchResults(request, total, hits, counts);
    }

    @SuppressWarnings("unchecked")
    private List<List<Snippet>> snippets(IndexSearcher searcher, Query query, int[] docs) throws IOException {
        var result = new ArrayList<List<Snippet>>(docs.length);
        if (docs.length == 0) {
            return result;
        }
        var builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withMaxLength(HIGHLIGHT_MAX_LENGTH)
                .withMaxNoHighlightPassages(1)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ENGLISH), SNIPPET_LENGTH, 0.5f));
        Object[] passages = new Highlighter(builder).highlight(LuceneFields.SECTIONS, query, docs, SNIPPETS_PER_HIT);
        for (Object value : passages) {
            result.add(value == null ? List.of() : (List<Snippet>) value);
        }
        return result;
    }

    /** The counts of each facet's values among the collected documents, or among all when none were collected. */
    private static Map<Facet, List<FacetCount>> facets(SortedSetDocValuesReaderState state, FacetsCollector collected)
            throws IOException {
        var counts = collected == null ? new SortedSetDocValuesFacetCounts(state)
                : new SortedSetDocValuesFacetCounts(state, collected);
        var facets = new EnumMap<Facet, List<FacetCount>>(Facet.class);
        for (FacetResult result : counts.getAllDims(MAX_FACET_VALUES)) {
            Facet facet = facetNamed(result.dim);
            if (facet == null) {
                continue;
            }
            var values = new ArrayList<FacetCount>();
            for (LabelAndValue value : result.labelValues) {
                values.add(new FacetCount(facet, value.label, value.value.longValue()));
            }
            facets.put(facet, values);
        }
        return facets;
    }

    private static Facet facetNamed(String dim) {
        return Stream.of(Facet.values()).filter(f -> f.parameter().equals(dim)).findFirst().orElse(null);
    }

    /** The facet state of a reader: built once per reader, which is costly on a large index. */
    private FacetState facetState(IndexReader reader) throws IOException {
        FacetState state = facetState;
        if (state == null || state.reader() != reader) {
            state = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, facetsConfig));
            facetState = state;
        }
        return state;
    }

    /** The ordinal map of a reader's facet values, and the counts over all its documents once asked for. */
    private static final class FacetState {
        private final IndexReader reader;
        private final SortedSetDocValuesReaderState state;
        private volatile Map<Facet, List<FacetCount>> all;

        FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
            this.reader = reader;
            this.state = state;
        }

        IndexReader reader() {
            return reader;
        }

        SortedSetDocValuesReaderState state() {
            return state;
        }

        Map<Facet, List<FacetCount>> all() throws IOException {
            Map<Facet, List<FacetCount>> counts = all;
            if (counts == null) {
                counts = facets(state, null);
                all = counts;
            }
            return counts;
        }
    }

    @Override
    public void put(List<SearchDocument> documents) {
        synchronized (writeLock) {
            write(documents);
            commitIfDue();
        }
    }

    private void write(List<SearchDocument> documents) {
        try {
            for (SearchDocument document : documents) {
                lucene().writer().updateDocument(LuceneFields.idTerm(document.id()),
                        facetsConfig.build(LuceneFields.document(document)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the search index in " + folder, e);
        }
        changed();
    }

    @Override
    public void remove(Collection<EventId> events) {
        if (events.isEmpty()) {
            return;
        }
        synchronized (writeLock) {
            try {
                lucene().writer().deleteDocuments(events.stream().map(LuceneFields::idTerm).toArray(Term[]::new));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write to the search index in " + folder, e);
            }
            changed();
            commitIfDue();
        }
    }

    @Override
    public int replaceAll(Consumer<Consumer<List<SearchDocument>>> source) {
        synchronized (writeLock) {
            // Until the rebuild is committed whole, the index is incomplete: a commit meanwhile says so.
            IndexWriter writer = lucene().writer();
            needsRebuild = true;
            try {
                writer.deleteAll();
                source.accept(this::write);
                // One segment: a rebuilt index is searched far more than it is changed, and facet
                // counts need no ordinal map across segments.
                writer.forceMerge(1);
                changed();
                needsRebuild = false;
                commitNow();
                return writer.getDocStats().numDocs;
            } catch (IOException e) {
                needsRebuild = true;
                throw new UncheckedIOException("cannot rebuild the search index in " + folder, e);
            } catch (RuntimeException e) {
                needsRebuild = true;
                throw e;
            }
        }
    }

    @Override
    public Map<EventId, Instant> versions() {
        var versions = new HashMap<EventId, Instant>();
        try {
            refreshIfStale();
            SearcherManager searchers = lucene().searchers();
            IndexSearcher searcher = searchers.acquire();
            try {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    NumericDocValues events = leaf.reader().getNumericDocValues(LuceneFields.EVENT);
                    NumericDocValues stamps = leaf.reader().getNumericDocValues(LuceneFields.VERSION);
                    Bits live = leaf.reader().getLiveDocs();
                    if (events == null || stamps == null) {
                        continue;
                    }
                    for (int doc = events.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = events.nextDoc()) {
                        if ((live == null || live.get(doc)) && stamps.advanceExact(doc)) {
                            versions.put(new EventId(events.longValue()), LuceneFields.instant(stamps.longValue()));
                        }
                    }
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the search index in " + folder + " cannot be read", e);
        }
        return versions;
    }

    @Override
    public boolean needsRebuild() {
        lucene();
        return needsRebuild;
    }

    @Override
    public void commit() {
        synchronized (writeLock) {
            if (uncommitted) {
                commitNow();
            }
        }
    }

    @Override
    public String describe() {
        return folder.toString();
    }

    private void changed() {
        uncommitted = true;
        readerStale = true;
    }

    private void commitIfDue() {
        if (System.nanoTime() - lastCommit >= COMMIT_INTERVAL_NANOS) {
            commitNow();
        }
    }

    private void commitNow() {
        try {
            IndexWriter writer = lucene().writer();
            writer.setLiveCommitData(Map.of(FORMAT_KEY, needsRebuild ? "incomplete" : FORMAT).entrySet());
            writer.commit();
            uncommitted = false;
            lastCommit = System.nanoTime();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the search index in " + folder, e);
        }
    }

    private void refreshIfStale() throws IOException {
        if (readerStale) {
            readerStale = false;
            lucene().searchers().maybeRefreshBlocking();
        }
    }

    @Override
    public void destroy() throws IOException {
        synchronized (writeLock) {
            Lucene open = lucene;
            if (open == null) {
                return;
            }
            lucene = null;
            open.searchers().close();
            open.writer().setLiveCommitData(Map.of(FORMAT_KEY, needsRebuild ? "incomplete" : FORMAT).entrySet());
            open.writer().close();
            open.directory().close();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Opens the highlighter's method that returns the formatter's objects (snippets) instead of strings. */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(Builder builder) {
            super(builder);
        }

        Object[] highlight(String field, Query query, int[] docs, int passages) throws IOException {
            return highlightFieldsAsObjects(new String[] {field}, query, docs, new int[] {passages}).get(field);
        }
    }
}
