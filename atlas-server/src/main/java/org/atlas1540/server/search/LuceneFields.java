package org.atlas1540.server.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

    /**
     * Everything searchable in one field: the title (twice, so that a word in it counts more),
     * venue, parties, the facet values as words, and the sections. Queries match here, one
     * postings list per word: a search over many hits stays quick (a separate title clause per
     * word made such searches several times slower).
     */
    static final String TEXT = "text";
    static final String TITLE = "title";
    static final String VENUE = "venue";
    /** The sections, stored for snippets, with offsets in the postings so that highlighting does not analyse again. */
    static final String SECTIONS = "sections";

    static final String SLUG = "slug";
    static final String KIND = "kind";
    static final String START = "start";
    static final String END = "end";


    /** What a hit shows, read from the stored fields. */
    static final Set<String> SHOWN = Set.of(ID, SLUG, TITLE, KIND, START, END, VENUE);

    private static final FieldType SECTIONS_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        SECTIONS_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        SECTIONS_TYPE.freeze();
    }

    static final Sort BY_DATE = new Sort(new SortField(DATE, SortField.Type.LONG, true),
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

        doc.add(new TextField(TEXT, String.join("\n", nonNull(d.title()), nonNull(d.title()), nonNull(d.venue()),
                d.parties(), d.keywords(), d.body()), Field.Store.NO));
        doc.add(new StoredField(TITLE, nonNull(d.title())));
        doc.add(new StoredField(VENUE, nonNull(d.venue())));
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
