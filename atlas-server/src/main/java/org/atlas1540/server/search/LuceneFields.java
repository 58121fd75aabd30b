package org.atlas1540.server.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.atlas1540.server.event.EventId;

/** The Lucene document of an event: which fields, how each is indexed, and how much each weighs. */
final class LuceneFields {
    /** The event id as a term, to replace or delete an event's document. */
    static final String ID = "id";
    /** The event id and version as doc values: {@link LuceneSearchIndex#versions()} reads them all at once. */
    static final String EVENT = "event";
    static final String VERSION = "version";
    /** The start date as an epoch day, for sorting; undated events sort last. */
    static final String DATE = "date";

    static final String TITLE = "title";
    static final String VENUE = "venue";
    static final String PARTIES = "parties";
    static final String KEYWORDS = "keywords";
    static final String SECTIONS = "sections";

    static final String SLUG = "slug";
    static final String KIND = "kind";
    static final String START = "start";
    static final String END = "end";

    /** The fields a query searches, and their weights: a word in the title counts most. */
    static final Map<String, Float> WEIGHTS = Map.of(
            TITLE, 3f, VENUE, 2f, PARTIES, 1.5f, KEYWORDS, 1.5f, SECTIONS, 1f);

    /** What a hit shows, read from the stored fields. */
    static final Set<String> SHOWN = Set.of(ID, SLUG, TITLE, KIND, START, END, VENUE);

    /** Sections: stored for snippets, with offsets in the postings so that highlighting does not analyse again. */
    private static final FieldType SECTIONS_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        SECTIONS_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        SECTIONS_TYPE.freeze();
    }

    static final Sort BY_DATE = new Sort(new SortField(DATE, SortField.Type.LONG, true),
            new SortField(EVENT, SortField.Type.LONG, true));
    static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, new SortField(DATE, SortField.Type.LONG, true),
            new SortField(EVENT, SortField.Type.LONG, true));

    private LuceneFields() {
    }

    static FacetsConfig facetsConfig() {
        var config = new FacetsConfig();
        config.setMultiValued(Facet.REGION.parameter(), true);
        config.setMultiValued(Facet.TOPIC.parameter(), true);
        return config;
    }

    static Term idTerm(EventId id) {
        return new Term(ID, Long.toString(id.value()));
    }

    /** The document before the facets config turns its facet fields into doc values. */
    static Document document(SearchDocument d) {
        var doc = new Document();
        doc.add(new StringField(ID, Long.toString(d.id().value()), Field.Store.YES));
        doc.add(new NumericDocValuesField(EVENT, d.id().value()));
        doc.add(new NumericDocValuesField(VERSION, micros(d.version())));
        doc.add(new NumericDocValuesField(DATE, d.startDate() == null ? Long.MIN_VALUE : d.startDate().toEpochDay()));

        doc.add(new TextField(TITLE, nonNull(d.title()), Field.Store.YES));
        doc.add(new TextField(VENUE, nonNull(d.venue()), Field.Store.YES));
        doc.add(new TextField(PARTIES, d.parties(), Field.Store.NO));
        doc.add(new TextField(KEYWORDS, d.keywords(), Field.Store.NO));
        doc.add(new Field(SECTIONS, d.body(), SECTIONS_TYPE));

        doc.add(new StoredField(SLUG, d.slug()));
        doc.add(new StoredField(KIND, d.kind()));
        if (d.startDate() != null) {
            doc.add(new StoredField(START, d.startDate().toEpochDay()));
        }
        if (d.endDate() != null) {
            doc.add(new StoredField(END, d.endDate().toEpochDay()));
        }

        doc.add(new SortedSetDocValuesFacetField(Facet.KIND.parameter(), d.kind()));
        if (d.year() != null) {
            doc.add(new SortedSetDocValuesFacetField(Facet.YEAR.parameter(), d.year().toString()));
        }
        d.regions().forEach(r -> doc.add(new SortedSetDocValuesFacetField(Facet.REGION.parameter(), r)));
        d.topics().forEach(t -> doc.add(new SortedSetDocValuesFacetField(Facet.TOPIC.parameter(), t)));
        return doc;
    }

    static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    static LocalDate date(Document stored, String field) {
        var value = stored.getField(field);
        return value == null ? null : LocalDate.ofEpochDay(value.numericValue().longValue());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
