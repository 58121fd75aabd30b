package org.atlas1540.notes.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atlas1540.notes.Fact;
import org.atlas1540.notes.NationalActionPlanFact;
import org.atlas1540.notes.Span;
import org.atlas1540.notes.text.Keywords;
import org.atlas1540.reference.StateCode;

/**
 * A named State's national action plan. The sentence speaks of an action plan (or of "such a
 * plan" right after a sentence that does) and names a State or "the host"; statements about
 * States in general ("encouraged States to prepare plans") name none and give no fact.
 */
final class ActionPlanFinder implements FactFinder {
    private static final Pattern PLAN = Pattern.compile("(?i)\\baction plans?\\b|\\bNAPs?\\b");
    /** Every match of PLAN starts with one of these: a sentence without any cannot match. */
    private static final Keywords PLAN_WORDS = Keywords.of("action plan", "nap");
    static final Pattern PLAN_REFERENCE = Pattern.compile("(?i)\\b(?:such|this|that|its|their|the|an?)(?: an?)?(?: own| draft| first| new| revised| national)* plans?\\b");
    static final Keywords PLAN_REFERENCE_STARTS = Keywords.of("such ", "this ", "that ", "its ", "their ", "the ", "a ", "an ");
    static final Pattern HOST = Pattern.compile("(?i)\\bthe host(?: State| country| Government)?\\b");
    static final Keywords HOST_STARTS = Keywords.of("the host");
    static final Pattern IN_PREPARATION = Pattern.compile(
            "(?i)\\b(?:is|are|was|were) (?:preparing|drafting|developing|finali[sz]ing|working on)|\\bin (?:the )?(?:process of )?preparation\\b|\\bunder (?:preparation|development)\\b|\\bplans? to (?:prepare|develop|draft)\\b");
    static final Keywords IN_PREPARATION_STARTS = Keywords.of("is ", "are ", "was ", "were ", "in ", "under ", "plan");
    static final Pattern SUBMITTED = Pattern.compile("(?i)\\bsubmitted\\b|\\bsubmission\\b");
    static final Keywords SUBMITTED_STARTS = Keywords.of("submi");
    static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s()<>\"]+");
    static final Keywords URL_STARTS = Keywords.of("http", "www.");
    /*
     * Every match of each pattern above starts with one of the words of its *_STARTS (at a word
     * start): the pattern is tried only there (Keywords.find, guarded by AnchoredPatternsTest).
     */

    @Override
    public List<Fact> find(FactContext context) {
        var facts = new ArrayList<Fact>();
        boolean previousAboutPlans = false;
        for (Span sentence : context.sentences()) {
            String text = context.sentence(sentence);
            boolean aboutPlans = context.anyIn(PLAN_WORDS, sentence)
                    && PLAN_WORDS.find(PLAN, context.text(), sentence.start(), sentence.end());
            if (aboutPlans || (previousAboutPlans && PLAN_REFERENCE_STARTS.find(PLAN_REFERENCE, text))) {
                Set<StateCode> states = statesIn(context, sentence, text);
                if (!states.isEmpty()) {
                    // status and link are the sentence's, the same for every State it names
                    String status = status(text);
                    String link = link(text);
                    for (StateCode state : states) {
                        facts.add(new NationalActionPlanFact(state, status, link, sentence));
                    }
                }
            }
            previousAboutPlans = aboutPlans;
        }
        return facts;
    }

    private static Set<StateCode> statesIn(FactContext context, Span sentence, String text) {
        Set<StateCode> states = context.stateCodes(sentence);
        if (states.isEmpty() && context.host() != null && HOST_STARTS.find(HOST, text)) {
            states.add(context.host());
        }
        return states;
    }

    private static String status(String text) {
        if (IN_PREPARATION_STARTS.find(IN_PREPARATION, text)) {
            return "in-preparation";
        }
        if (SUBMITTED_STARTS.find(SUBMITTED, text)) {
            return "submitted";
        }
        return "prepared";
    }

    private static String link(String text) {
        Matcher m = Keywords.anchorable(URL, text);
        if (!URL_STARTS.findFrom(m, text, 0)) {
            return null;
        }
        String url = m.group();
        while (!url.isEmpty() && ".,;:".indexOf(url.charAt(url.length() - 1)) >= 0) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }
}
