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
    static final Keywords PLAN_WORDS = Keywords.of("action plan", "nap");
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
        List<Span> sentences = context.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Span sentence = sentences.get(i);
            boolean aboutPlans = context.anyInSentence(PLAN_WORDS, i) && context.find(PLAN_WORDS, PLAN, sentence);
            if (aboutPlans || (previousAboutPlans && context.anyInSentence(PLAN_REFERENCE_STARTS, i)
                    && context.find(PLAN_REFERENCE_STARTS, PLAN_REFERENCE, sentence))) {
                Set<StateCode> states = statesIn(context, sentence);
                if (!states.isEmpty()) {
                    // status and link are the sentence's, the same for every State it names
                    String status = status(context, sentence);
                    String link = link(context, sentence);
                    for (StateCode state : states) {
                        facts.add(new NationalActionPlanFact(state, status, link, sentence));
                    }
                }
            }
            previousAboutPlans = aboutPlans;
        }
        return facts;
    }

    private static Set<StateCode> statesIn(FactContext context, Span sentence) {
        Set<StateCode> states = context.stateCodes(sentence);
        if (states.isEmpty() && context.host() != null && context.find(HOST_STARTS, HOST, sentence)) {
            states.add(context.host());
        }
        return states;
    }

    private static String status(FactContext context, Span sentence) {
        if (context.find(IN_PREPARATION_STARTS, IN_PREPARATION, sentence)) {
            return "in-preparation";
        }
        if (context.find(SUBMITTED_STARTS, SUBMITTED, sentence)) {
            return "submitted";
        }
        return "prepared";
    }

    private static String link(FactContext context, Span sentence) {
        if (!context.anyIn(URL_STARTS, sentence)) {
            return null;
        }
        Matcher m = Keywords.anchorable(URL, context.sentence(sentence));
        if (!context.findFrom(URL_STARTS, m, sentence, 0)) {
            return null;
        }
        String url = m.group();
        while (!url.isEmpty() && ".,;:".indexOf(url.charAt(url.length() - 1)) >= 0) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }
}
