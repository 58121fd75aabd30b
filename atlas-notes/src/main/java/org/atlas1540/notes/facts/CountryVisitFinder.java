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
    private static final Pattern VISIT = Pattern.compile("(?i)\\bcountry[- ]visits?\\b|\\bvisits?\\b(?: [\\w-]+){0,5}? to\\b");
    /** Both branches of VISIT contain this word: a sentence without it cannot match. */
    private static final Keywords VISIT_WORDS = Keywords.of("visit");
    private static final Pattern PROPOSED = Pattern.compile("(?i)\\b(?:possible|proposed|prospective|potential|future)\\b");
    private static final Pattern REQUESTED = Pattern.compile("(?i)\\brequest(?:ed|s)?\\b|\\binvit(?:ed|ation|ations)\\b");
    private static final Pattern CONDUCTED = Pattern.compile("(?i)\\b(?:conducted|took place|carried out|visited|was held|were held)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|during|for|of)(?: [A-Z][a-z]+)? (20\\d\\d)\\b");

    @Override
    public List<Fact> find(FactContext context) {
        var facts = new ArrayList<Fact>();
        for (Span sentence : context.sentences()) {
            if (!context.anyIn(VISIT_WORDS, sentence)) {
                continue;
            }
            String text = context.sentence(sentence);
            if (!VISIT.matcher(text).find()) {
                continue;
            }
            Set<StateCode> states = context.stateCodes(sentence);
            String status = status(text);
            Integer year = year(text);
            for (StateCode state : states) {
                facts.add(new CountryVisitFact(state, status, year, sentence));
            }
        }
        return facts;
    }

    private static String status(String text) {
        if (PROPOSED.matcher(text).find()) {
            return "proposed";
        }
        if (REQUESTED.matcher(text).find()) {
            return "requested";
        }
        if (CONDUCTED.matcher(text).find()) {
            return "conducted";
        }
        return "proposed";
    }

    private static Integer year(String text) {
        Matcher m = YEAR.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
