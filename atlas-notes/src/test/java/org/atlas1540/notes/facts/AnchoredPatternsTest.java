package org.atlas1540.notes.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.atlas1540.notes.Span;
import org.atlas1540.notes.text.Keywords;
import org.atlas1540.notes.text.Sentences;
import org.atlas1540.notes.text.WordStarts;
import org.junit.jupiter.api.Test;

/**
 * The fact finders try their big patterns only where one of a few words starts
 * ({@link Keywords#find}); that must give the same answer as {@code find()} over the whole
 * sentence, which holds only while every match of the pattern starts with one of the words. This
 * test guards that when a pattern changes.
 */
class AnchoredPatternsTest {
    private static final String[] FRAGMENTS = {
        "need", "needs", "needed", "Need", "NEEDS", "require", "requires", "required", "requirement", "Requirements",
        "request", "requested", "requests", "asked", "Asked", "assistance", "Assistance", "ASSISTANCE", "identify",
        "identified", "Identifies", "identifying", "how to", "How to", "would welcome", "Would Welcome", "for", "of",
        "technical", "further", "the", "a", "an", "some", "specific", "its", "their", "particular", "gaps",
        "priorities", "help", "support", "training", "equipment", "was", "is", "were", "had been",
        "follow-up", "follow up", "followup", "Follow-Up", "built on", "builds on", "build on", "previous", "earlier",
        "preceding", "first", "First", "workshop", "seminar", "meeting", "conference", "held", "Held", "withheld",
        "unheld", "x", "1540", ".", ",", ";", "-", "(", ")", "’", "é", "\u212Aind",
        // action plans, country visits, recommendations, lists of needs
        "such", "this", "that", "an", "own", "draft", "new", "revised", "national", "plan", "plans", "Plan", "host",
        "State", "country", "Government", "are", "preparing", "drafting", "developing", "finalizing", "finalising",
        "working on", "in", "In", "process of", "preparation", "under", "development", "to", "prepare", "develop",
        "submitted", "submission", "http://x.org", "https://", "www.un.org", "WWW.", "country-visit", "visit",
        "visits", "Visit", "possible", "proposed", "prospective", "potential", "future", "requests", "invited",
        "invitation", "invitations", "conducted", "took place", "carried out", "visited", "was held", "were held",
        "during", "May", "2013", "2020", "recommendation", "recommendations", "Recommendations", "attached",
        "attachment", "annex", "annexed", "agreed", "adopted", "endorsed", "formulated", "made", "issued", "on",
        "set of", "list of", "number of", "Chair's", "Chair’s", "summary", "no", "No", "not", "adopt", "agree",
        "formal", "in the area of", "in the fields of", "such as", "namely", "in particular", "these", "those",
        "needs", "Chairman", "notably",
        // descriptions and attachments of recommendations
        "informal", "Informal", "unofficial", "official", "concrete", "practical", "joint", "final", "key",
        "following", "for the region", "(2004)", "(", "see", "See", "Attachment", "attachment 2", "Annex IV", "appendix",
        "Appendix", "which", "and", "seeing", "Keynote",
    };
    private static final List<Case> CASES = List.of(
            new Case("NEED", AssistanceNeedFinder.NEED, AssistanceNeedFinder.NEED_STARTS),
            new Case("RELATED", RelatedEventFinder.RELATED, RelatedEventFinder.RELATED_STARTS),
            new Case("PLAN_REFERENCE", ActionPlanFinder.PLAN_REFERENCE, ActionPlanFinder.PLAN_REFERENCE_STARTS),
            new Case("IN_PREPARATION", ActionPlanFinder.IN_PREPARATION, ActionPlanFinder.IN_PREPARATION_STARTS),
            new Case("HOST", ActionPlanFinder.HOST, ActionPlanFinder.HOST_STARTS),
            new Case("SUBMITTED", ActionPlanFinder.SUBMITTED, ActionPlanFinder.SUBMITTED_STARTS),
            new Case("PROPOSED", CountryVisitFinder.PROPOSED, CountryVisitFinder.PROPOSED_STARTS),
            new Case("REQUESTED", CountryVisitFinder.REQUESTED, CountryVisitFinder.REQUESTED_STARTS),
            new Case("CONDUCTED", CountryVisitFinder.CONDUCTED, CountryVisitFinder.CONDUCTED_STARTS),
            new Case("URL", ActionPlanFinder.URL, ActionPlanFinder.URL_STARTS),
            new Case("VISIT", CountryVisitFinder.VISIT, CountryVisitFinder.VISIT_STARTS),
            new Case("YEAR", CountryVisitFinder.YEAR, CountryVisitFinder.YEAR_STARTS),
            new Case("AGREED", RecommendationsFinder.AGREED, RecommendationsFinder.AGREED_STARTS),
            new Case("NONE", RecommendationsFinder.NONE, RecommendationsFinder.NONE_STARTS),
            new Case("NEEDS_LIST", AssistanceNeedFinder.NEEDS_LIST, AssistanceNeedFinder.NEEDS_LIST_STARTS),
            new Case("BACK_REFERENCE", AssistanceNeedFinder.BACK_REFERENCE, AssistanceNeedFinder.BACK_REFERENCE_STARTS),
            new Case("DESCRIPTION", RecommendationsFinder.DESCRIPTION, RecommendationsFinder.DESCRIPTION_STARTS),
            new Case("ATTACHMENT", RecommendationsFinder.ATTACHMENT, RecommendationsFinder.ATTACHMENT_STARTS),
            new Case("FOLLOW_UP", RelatedEventFinder.FOLLOW_UP, RelatedEventFinder.FOLLOW_UP_STARTS));

    private record Case(String name, Pattern pattern, Keywords starts) {
    }

    @Test
    void agreeWithFindOnRandomSentences() {
        var random = new Random(1540);
        for (int n = 0; n < 50_000; n++) {
            var sentence = new StringBuilder();
            int words = 1 + random.nextInt(12);
            for (int w = 0; w < words; w++) {
                String fragment = FRAGMENTS[random.nextInt(FRAGMENTS.length)];
                sentence.append(fragment);
                if (random.nextInt(6) != 0) {
                    sentence.append(random.nextInt(8) == 0 ? "  " : " ");
                }
            }
            check(sentence.toString());
        }
    }

    @Test
    void agreeWithFindOnTheEvaluationNotes() throws IOException {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> notes = Files.list(Path.of("src/test/resources/eval/notes"))) {
            for (Path note : notes.toList()) {
                String text = Files.readString(note, StandardCharsets.UTF_8);
                for (Span span : Sentences.split(text, 0, text.length())) {
                    sentences.add(span.of(text));
                }
            }
        }
        assertThat(sentences).hasSizeGreaterThan(300);
        sentences.forEach(this::check);
    }

    private void check(String sentence) {
        String around = "Xx " + sentence + " yY";
        var words = new WordStarts(around);
        int end = 3 + sentence.length();
        for (Case c : CASES) {
            boolean expected = c.pattern().matcher(sentence).find();
            boolean anchored = c.starts().find(c.pattern(), around, 3, end);
            assertThat(anchored).as("%s on '%s'", c.name(), sentence).isEqualTo(expected);
            // as the fact finders ask it: the keywords read from the word starts of the whole text
            assertThat(c.starts().find(c.pattern(), words, 3, end)).as("%s over word starts on '%s'", c.name(), sentence)
                    .isEqualTo(expected);
            assertThat(anchoredMatches(c, sentence, words, 3, end)).as("%s matches on '%s'", c.name(), sentence)
                    .isEqualTo(matches(c.pattern(), sentence));
        }
    }

    /** Every match of {@code while (m.find())}, as start-end pairs. */
    private static List<String> matches(Pattern pattern, String sentence) {
        var found = new ArrayList<String>();
        Matcher m = pattern.matcher(sentence);
        while (m.find()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }

    /** Every match as the finders loop over them with {@link Keywords#findFrom(Matcher, WordStarts, int, int, int)}. */
    private static List<String> anchoredMatches(Case c, String sentence, WordStarts words, int start, int end) {
        var found = new ArrayList<String>();
        Matcher m = Keywords.anchorable(c.pattern(), sentence);
        for (int from = 0; c.starts().findFrom(m, words, start, end, from); from = m.end()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }
}
