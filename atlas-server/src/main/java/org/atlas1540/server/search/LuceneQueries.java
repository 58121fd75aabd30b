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
 * Turns a {@link ParsedQuery} into a Lucene query over the weighted fields. Lucene's own query
 * syntax is never used on what a person typed: every term goes through analysis as text, so no
 * input is an error, and nothing typed becomes a wildcard, a regular expression or a field name.
 */
final class LuceneQueries {
    private final Terms terms;

    LuceneQueries(Analyzer analyzer) {
        this.terms = new Terms(analyzer, LuceneFields.WEIGHTS);
    }

    /** The query, or null when nothing in it can be searched (only stop words or punctuation). */
    Query build(ParsedQuery parsed) {
        var alternatives = new BooleanQuery.Builder();
        int count = 0;
        Query single = null;
        for (List<ParsedQuery.Term> group : parsed.alternatives()) {
            Query all = conjunction(group);
            if (all != null) {
                alternatives.add(all, Occur.SHOULD);
                single = all;
                count++;
            }
        }
        return count <= 1 ? single : alternatives.build();
    }

    private Query conjunction(List<ParsedQuery.Term> group) {
        var all = new BooleanQuery.Builder();
        boolean any = false;
        boolean positive = false;
        for (ParsedQuery.Term term : group) {
            Query query = term.phrase() ? terms.phrase(term.text()) : terms.words(term.text());
            if (query == null) {
                continue;
            }
            all.add(query, term.excluded() ? Occur.MUST_NOT : Occur.MUST);
            any = true;
            positive |= !term.excluded();
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
