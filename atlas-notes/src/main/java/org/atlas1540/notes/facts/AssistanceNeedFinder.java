package org.atlas1540.notes.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atlas1540.notes.AssistanceNeedFact;
import org.atlas1540.notes.Fact;
import org.atlas1540.notes.Span;
import org.atlas1540.notes.Topic;
import org.atlas1540.notes.names.Gazetteer;
import org.atlas1540.notes.names.Known;
import org.atlas1540.notes.text.Keywords;
import org.atlas1540.notes.text.Spaces;
import org.atlas1540.notes.topics.TopicDetector;
import org.atlas1540.reference.StateCode;

/**
 * An assistance need: a sentence that speaks of needs or of requests for assistance. When the next
 * sentence gives examples ("For example in the area of training of personnel and ..."), it belongs
 * to the fact. The areas are the topics of the fact's text; the needs are the phrases after "in the
 * area of", "such as", "including" or "for"; the State is the one named as having the need.
 */
final class AssistanceNeedFinder implements FactFinder {
    static final Pattern NEED = Pattern.compile(
            "(?i)\\b(?:needs?|needed|requires?|required|requirements?)\\b[^.]{0,120}\\bassistance\\b"
                    + "|\\bassistance (?:was|is|were|had been) requested\\b"
                    + "|\\b(?:requested|requests?|asked) (?:for )?(?:technical |further |the )?(?:assistance|support|help|training|equipment)\\b"
                    + "|\\bidentif(?:y|ied|ies|ying) (?:a |an |the |some |specific |its |their |further |particular )*(?:needs?|gaps|priorities)\\b"
                    + "|\\bneeds? (?:for|of) (?:technical )?(?:assistance|help|support|training|equipment)\\b"
                    + "|\\bneeded (?:training|equipment|help|support|assistance)\\b"
                    + "|\\bwould welcome (?:help|assistance|support|training)\\b"
                    + "|\\ba need (?:for|to)\\b|\\bneed(?:s|ed)? help\\b");
    /** "the needs identified during the visit": a sentence that refers back to needs already stated. */
    static final Pattern BACK_REFERENCE = Pattern.compile("(?i)\\b(?:the|these|those|such) (?:assistance )?needs\\b");
    /**
     * Every match of NEED starts with one of these (branch by branch: need/requir, assistance,
     * request/asked, identif, need, need, would welcome), so NEED is tried only where one starts.
     */
    static final Keywords NEED_STARTS = Keywords.of("need", "requir", "request", "assistance", "asked", "identif",
            "would welcome", "a need");
    /** Starts with ^: lookingAt() is its find(). */
    private static final Pattern EXAMPLE = Pattern.compile("(?i)^(?:for example|for instance|in particular|these include|such as|notably|e\\.g\\.)");
    static final Pattern NEEDS_LIST = Pattern.compile(
            "(?i)\\b(?:in the (?:areas?|fields?) of|such as|namely|in particular)\\s+([^.;:\"“”]{3,300})");
    /** Every match of NEEDS_LIST starts with one of these, so NEEDS_LIST is tried only where one starts. */
    static final Keywords NEEDS_LIST_STARTS = Keywords.of("in the ", "such as", "namely", "in particular");
    /** Every match of BACK_REFERENCE starts with one of these. */
    static final Keywords BACK_REFERENCE_STARTS = Keywords.of("the ", "these ", "those ", "such ");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b)\\s*");
    private static final Set<Topic> AREAS = Set.of(Topic.LEGISLATION, Topic.EXPORT_CONTROL, Topic.BORDER_SECURITY,
            Topic.LAW_ENFORCEMENT, Topic.BIOSECURITY, Topic.CHEMICAL_SECURITY, Topic.NUCLEAR_SECURITY,
            Topic.MEANS_OF_DELIVERY, Topic.PROLIFERATION_FINANCING, Topic.REPORTING, Topic.NATIONAL_ACTION_PLANS,
            Topic.POINTS_OF_CONTACT);

    private final TopicDetector topics;

    AssistanceNeedFinder(TopicDetector topics) {
        this.topics = topics;
    }

    @Override
    public List<Fact> find(FactContext context) {
        var facts = new ArrayList<Fact>();
        List<Span> sentences = context.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Span sentence = sentences.get(i);
            if (!context.anyInSentence(NEED_STARTS, i) || !needAt(context, sentence)) {
                continue;
            }
            Span span = sentence;
            Span needsSpan = sentence;
            if (i + 1 < sentences.size() && EXAMPLE.matcher(context.sentence(sentences.get(i + 1))).lookingAt()) {
                Span example = sentences.get(i + 1);
                span = new Span(sentence.start(), example.end());
                needsSpan = example; // the examples say what is needed
                i++;
            }
            String text = context.sentence(span);
            List<Topic> areas = topics.detect(text).stream().filter(AREAS::contains).toList();
            List<String> needs = needs(context, needsSpan);
            Set<StateCode> states = new LinkedHashSet<>();
            boolean unattributed = false;
            for (Span clause : clauses(context, sentence)) {
                if (!needAt(context, clause)) {
                    continue;
                }
                // the State a clause is about is the first it names: "the delegation of Haiti ... the Dominican Republic"
                List<Gazetteer.Match<Known>> named = context.states(clause);
                if (named.isEmpty()) {
                    unattributed = true;
                } else {
                    states.add(named.get(0).target().state());
                }
            }
            if (states.isEmpty() && !unattributed) {
                List<Gazetteer.Match<Known>> named = context.states(sentence);
                if (!named.isEmpty()) {
                    states.add(named.get(0).target().state());
                }
            }
            if (states.isEmpty()) {
                facts.add(new AssistanceNeedFact(null, areas, needs, span));
            }
            boolean refersBack = !states.isEmpty() && context.find(BACK_REFERENCE_STARTS, BACK_REFERENCE, span);
            for (StateCode state : states) {
                // a sentence that refers back to a State's needs already stated adds nothing
                if (refersBack && facts.stream().anyMatch(f -> state.equals(((AssistanceNeedFact) f).state()))) {
                    continue;
                }
                facts.add(new AssistanceNeedFact(state, areas, needs, span));
            }
        }
        return facts;
    }

    /** A need phrase in the span that is not part of a lesson on method ("learnt how to identify needs"). */
    private static boolean needAt(FactContext context, Span span) {
        if (!context.anyIn(NEED_STARTS, span)) {
            return false;
        }
        String text = context.sentence(span);
        Matcher m = Keywords.anchorable(NEED, text);
        // as while (m.find()), but trying NEED only where one of NEED_STARTS starts a word
        for (int from = 0; context.findFrom(NEED_STARTS, m, span, from); from = m.end()) {
            if (!text.substring(Math.max(0, m.start() - 40), m.start()).contains("how to")) {
                return true;
            }
        }
        return false;
    }

    private static List<Span> clauses(FactContext context, Span sentence) {
        if (!context.contains(sentence, ',') && !context.contains(sentence, ';')) {
            return List.of(sentence); // every clause break holds a comma or a semicolon
        }
        // where one sentence reports the needs of several States: "X asked for ..., and Y identified ..."
        var clauses = new ArrayList<Span>();
        var m = new ClauseBreaks(context.text());
        int start = sentence.start();
        while (m.find(start, sentence.end())) {
            clauses.add(new Span(start, m.start()));
            start = m.end();
        }
        clauses.add(new Span(start, sentence.end()));
        return clauses;
    }

    private static List<String> needs(FactContext context, Span span) {
        var needs = new ArrayList<String>();
        if (!context.anyIn(NEEDS_LIST_STARTS, span)) {
            return needs;
        }
        Matcher m = Keywords.anchorable(NEEDS_LIST, context.sentence(span));
        // as while (m.find()), but trying NEEDS_LIST only where one of NEEDS_LIST_STARTS starts a word
        for (int from = 0; context.findFrom(NEEDS_LIST_STARTS, m, span, from); from = m.end()) {
            for (String part : SPLIT.split(m.group(1))) {
                String need = Spaces.collapse(part.strip());
                if (need.length() > 2 && !needs.contains(need)) {
                    needs.add(need);
                }
            }
        }
        return needs;
    }
}
