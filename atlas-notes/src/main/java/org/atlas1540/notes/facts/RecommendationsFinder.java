package org.atlas1540.notes.facts;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atlas1540.notes.Fact;
import org.atlas1540.notes.RecommendationsFact;
import org.atlas1540.notes.Span;
import org.atlas1540.notes.text.Keywords;

/**
 * Recommendations agreed at the event: the first sentence that speaks of recommendations being
 * agreed, adopted, developed or attached. One fact per note; later sentences about "these
 * recommendations" add nothing.
 */
final class RecommendationsFinder implements FactFinder {
    static final Pattern AGREED = Pattern.compile(
            "(?i)\\brecommendations?\\b[^.]{0,200}\\b(?:attach(?:ed|ment)|annex(?:ed)?)\\b|\\b(?:attach(?:ed|ment)|annex)\\b[^.]{0,200}\\brecommendations?\\b"
                    + "|\\b(?:agreed|adopted|developed|endorsed|formulated|made|issued) (?:on )?(?:a |the )?(?:set of |list of |number of |some )?(?:[\\w-]+ ){0,3}recommendations?\\b"
                    + "|\\brecommendations? (?:were|was) (?:agreed|adopted|made|endorsed|formulated)\\b"
                    + "|\\bChair['’]s summary\\b");
    /** "No formal recommendations were adopted." */
    static final Pattern NONE = Pattern.compile("(?i)\\bno (?:formal |specific )?recommendations\\b|\\bnot (?:adopt|agree)");
    static final Keywords NONE_STARTS = Keywords.of("no ", "not ");
    /** Every branch of AGREED contains this word: a sentence without it cannot match. */
    static final Keywords AGREED_WORDS = Keywords.of("recommendation", "chair");
    /** Every match of AGREED starts with one of these, so AGREED is tried only where one starts. */
    static final Keywords AGREED_STARTS = Keywords.of("recommendation", "attach", "annex", "agreed", "adopted",
            "developed", "endorsed", "formulated", "made", "issued", "chair");
    static final Pattern DESCRIPTION = Pattern.compile(
            "(?i)\\b((?:(?:informal|unofficial|official|concrete|practical|specific|joint|final|key|following)\\s+){0,3}recommendations?(?:\\s+(?:for|on)\\s+(?:[^.,;()]|\\(\\d{4}\\)){1,80}?)?)(?=\\s*\\((?!\\d{4}\\))|\\s*[.,;]|\\s+(?:was|were|which|that|to|and)\\b|$)");
    static final Pattern ATTACHMENT = Pattern.compile("(?i)\\b(?:see )?((?:attachment|annex|appendix)(?:\\s+[0-9IVX]{1,4})?)\\b");

    /** Every match of DESCRIPTION starts with one of these, so DESCRIPTION is tried only where one starts. */
    static final Keywords DESCRIPTION_STARTS = Keywords.of("informal", "unofficial", "official", "concrete", "practical",
            "specific", "joint", "final", "key", "following", "recommendation");
    /** Every match of ATTACHMENT starts with one of these, so ATTACHMENT is tried only where one starts. */
    static final Keywords ATTACHMENT_STARTS = Keywords.of("see ", "attachment", "annex", "appendix");

    @Override
    public List<Fact> find(FactContext context) {
        List<Span> sentences = context.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Span sentence = sentences.get(i);
            if (!context.anyInSentence(AGREED_WORDS, i)) {
                continue;
            }
            if (!context.find(AGREED_STARTS, AGREED, sentence) || context.find(NONE_STARTS, NONE, sentence)) {
                continue;
            }
            String text = context.sentence(sentence);
            Matcher description = Keywords.anchorable(DESCRIPTION, text);
            Matcher attachment = Keywords.anchorable(ATTACHMENT, text);
            String attached = ATTACHMENT_STARTS.findFrom(attachment, text, 0) ? capitalise(attachment.group(1)) : null;
            return List.of(new RecommendationsFact(DESCRIPTION_STARTS.findFrom(description, text, 0)
                    ? description.group(1).strip() : "recommendations", attached, sentence));
        }
        return List.of();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
