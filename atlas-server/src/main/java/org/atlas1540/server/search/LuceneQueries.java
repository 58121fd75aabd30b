package org.atlas1540.server.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns a {@link ParsedQuery} into Lucene queries: one that matches and ranks (the words in the
 * all-text field) and one that highlights (the same words in the sections). Lucene's own query syntax is never used on what a person typed: every term goes
 * through analysis as text, so no input is an error, and nothing typed becomes a wildcard, a
 * regular expression or a field name.
 */
final class LuceneQueries {
    private final Terms match;
    private final Terms highlight;

    LuceneQueries(Analyzer analyzer) {
        this.match = new Terms(analyzer, Map.of(LuceneFields.TEXT, 1f));
        this.highlight = new Terms(analyzer, Map.of(LuceneFields.SECTIONS, 1f));
    }

    /**
     * @param match     what finds and ranks the events
     * @param highlight what marks the words in the sections; null when no word is to be marked
     */
    record Built(Query match, Query highlight) {
    }

    /** The queries, or null when nothing in it can be searched (only stop words or punctuation). */
    Built build(ParsedQuery parsed) {
        var alternatives = new BooleanQuery.Builder();
        var marks = new BooleanQuery.Builder();
        int count = 0;
        int marked = 0;
        Query single = null;
        for (List<ParsedQuery.Term> group : parsed.alternatives()) {
            Query all = conjunction(group);
            if (all != null) {
                alternatives.add(all, Occur.SHOULD);
                single = all;
                count++;
                for (ParsedQuery.Term term : group) {
                    Query mark = term.excluded() ? null : highlight.query(term);
                    if (mark != null) {
                        marks.add(mark, Occur.SHOULD);
                        marked++;
                    }
                }
            }
        }
        if (count == 0) {
            return null;
        }
        return new Built(count == 1 ? single : alternatives.build(), marked == 0 ? null : marks.build());
    }

    private Query conjunction(List<ParsedQuery.Term> group) {
        var all = new BooleanQuery.Builder();
        boolean any = false;
        boolean positive = false;
        for (ParsedQuery.Term term : group) {
            Query query = match.query(term);
            if (query == null) {
                continue;
            }
            any = true;
            if (term.excluded()) {
                all.add(query, Occur.MUST_NOT);
                continue;
            }
            all.add(query, Occur.MUST);
            positive = true;
        }
        if (!any) {
            return null;
        }
        if (!positive) {
            // Only exclusions: every document except those, as PostgreSQL reads "-word".
            all.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return all.build();
    }

    /** Lucene's simple query parser, used only for its analysis of one word or one phrase across the fields. */
    private static final class Terms extends SimpleQueryParser {
        Terms(Analyzer analyzer, Map<String, Float> weights) {
            super(analyzer, weights);
            setDefaultOperator(Occur.MUST);
        }

        Query query(ParsedQuery.Term term) {
            return term.phrase() ? phrase(term.text()) : words(term.text());
        }

        /**
         * What was typed as one word may hold several ("1=1", "trans-shipment"): each must occur,
         * each in any field, as PostgreSQL reads them. Null when none is searchable.
         */
        Query words(String text) {
            var all = new BooleanQuery.Builder();
            Query single = null;
            int count = 0;
            for (String word : split(separate(text))) {
                Query query = newDefaultQuery(word);
                if (query != null) {
                    all.add(query, Occur.MUST);
                    single = query;
                    count++;
                }
            }
            return count <= 1 ? single : all.build();
        }

        Query phrase(String text) {
            return newPhraseQuery(separate(text), 0);
        }

        /**
         * A colon joins letters into one token in Unicode word segmentation ("title:belgrade"); in a
         * query it is more likely meant as a separator, as PostgreSQL's parser reads it.
         */
        private static String separate(String text) {
            return text.replace(':', ' ');
        }

        /** The words of the text as Unicode word segmentation finds them, before any other analysis. */
        private static List<String> split(String text) {
            var words = new ArrayList<String>();
            try (var tokenizer = new StandardTokenizer()) {
                tokenizer.setReader(new StringReader(text));
                CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    words.add(term.toString());
                }
                tokenizer.end();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot split a query into words", e);
            }
            return words;
        }
    }
}
