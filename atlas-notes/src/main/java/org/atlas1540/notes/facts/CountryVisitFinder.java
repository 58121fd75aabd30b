package org.atlas1540.notes.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atlas1540.notes.Fact;
import org.atlas1540.notes.CountryVisitFact;
import org.atlas1540.notes.Span;
import org.atlas1540.notes.text.Keywords;
import org.atlas1540.reference.StateCode;

/**
 * A country visit to a named State: "consultations with Albania and Moldova regarding possible
 * country visits in 2013" gives two proposed visits in 2013. Requested and conducted visits are
 * told by their verbs.
 */
final class CountryVisitFinder implements FactFinder {
    static final Pattern VISIT = Pattern.compile("(?i)\\bcountry[- ]visits?\\b|\\bvisits?\\b(?: [\\w-]+){0,5}? to\\b");
    /** Both branches of VISIT contain this word: a sentence without it cannot match. */
    static final Keywords VISIT_WORDS = Keywords.of("visit");
    static final Keywords VISIT_STARTS = Keywords.of("country", "visit");
    static final Pattern PROPOSED = Pattern.compile("(?i)\\b(?:possible|proposed|prospective|potential|future)\\b");
    static final Keywords PROPOSED_STARTS = Keywords.of("possible", "proposed", "prospective", "potential",
            "future");
    static final Pattern REQUESTED = Pattern.compile("(?i)\\brequest(?:ed|s)?\\b|\\binvit(?:ed|ation|ations)\\b");
    static final Keywords REQUESTED_STARTS = Keywords.of("request", "invit");
    static final Pattern CONDUCTED = Pattern.compile("(?i)\\b(?:conducted|took place|carried out|visited|was held|were held)\\b");
    static final Keywords CONDUCTED_STARTS = Keywords.of("conducted", "took place", "carried out", "visited",
            "was held", "were held");
    static final Pattern YEAR = Pattern.compile("\\b(?:in|during|for|of)(?: [A-Z][a-z]+)? (20\\d\\d)\\b");
    /** Folds case, so it finds more places than the case-sensitive YEAR starts at: never fewer. */
    static final Keywords YEAR_STARTS = Keywords.of("in ", "during ", "for ", "of ");
    /*
     * Every match of each pattern above starts with one of the words of its *_STARTS (at a word
     * start): the pattern is tried only there (Keywords.find, guarded by AnchoredPatternsTest).
     */

    @Override
    public List<Fact> find(FactContext context) {
        var facts = new ArrayList<Fact>();
        List<Span> sentences = context.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Span sentence = sentences.get(i);
            if (!context.anyInSentence(VISIT_WORDS, i)) {
                continue;
            }
            if (!context.find(VISIT_STARTS, VISIT, sentence)) {
                continue;
            }
            Set<StateCode> states = context.stateCodes(sentence);
            String status = status(context, sentence);
            Integer year = year(context, sentence);
            for (StateCode state : states) {
                facts.add(new CountryVisitFact(state, status, year, sentence));
            }
        }
        return facts;
    }

    private static String status(FactContext context, Span sentence) {
        if (context.find(PROPOSED_STARTS, PROPOSED, sentence)) {
            return "proposed";
        }
        if (context.find(REQUESTED_STARTS, REQUESTED, sentence)) {
            return "requested";
        }
        if (context.find(CONDUCTED_STARTS, CONDUCTED, sentence)) {
            return "conducted";
        }
        return "proposed";
    }

    private static Integer year(FactContext context, Span sentence) {
        if (!context.anyIn(YEAR_STARTS, sentence)) {
            return null;
        }
        Matcher m = Keywords.anchorable(YEAR, context.sentence(sentence));
        return context.findFrom(YEAR_STARTS, m, sentence, 0) ? Integer.valueOf(m.group(1)) : null;
    }
}
