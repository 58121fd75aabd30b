package org.atlas1540.notes.facts;

import java.util.ArrayList;
import java.util.List;
import org.atlas1540.notes.Fact;
import org.atlas1540.notes.Span;
import org.atlas1540.notes.dates.DateRangeParser;
import org.atlas1540.notes.names.NameIndex;
import org.atlas1540.notes.text.Sentences;
import org.atlas1540.notes.text.WordStarts;
import org.atlas1540.notes.topics.TopicDetector;
import org.atlas1540.notes.venue.VenueReader;
import org.atlas1540.reference.StateCode;

/**
 * Suggests the facts in a note's body, each with the span of text it was read from. One finder per
 * kind of fact; to add a kind, add a {@link FactFinder} and list it here.
 */
public final class FactReader {
    private final NameIndex names;
    private final List<FactFinder> finders;

    public FactReader(NameIndex names, DateRangeParser dates, VenueReader venues, TopicDetector topics) {
        this.names = names;
        this.finders = List.of(
                new ActionPlanFinder(),
                new CountryVisitFinder(),
                new AssistanceNeedFinder(topics),
                new RelatedEventFinder(dates, venues),
                new RecommendationsFinder());
    }

    /**
     * @param body the spans of the body's sections that report what happened (not the objectives,
     *             which say what was meant to happen)
     * @param host the State that hosted the event (the venue's country), or null
     */
    public List<Fact> read(String text, List<Span> body, StateCode host) {
        int bodyStart = text.length();
        int bodyEnd = 0;
        for (Span section : body) {
            bodyStart = Math.min(bodyStart, section.start());
            bodyEnd = Math.max(bodyEnd, section.end());
        }
        // the finders read only the body's sentences: the word starts of the header are never asked for
        var words = new WordStarts(text, Math.min(bodyStart, bodyEnd), bodyEnd);
        var sentences = new ArrayList<Span>();
        for (Span section : body) {
            sentences.addAll(Sentences.split(words.chars(), section.start(), section.end()));
        }
        var context = new FactContext(words, sentences, names, host);
        var facts = new ArrayList<Fact>();
        for (FactFinder finder : finders) {
            facts.addAll(finder.find(context));
        }
        return facts;
    }
}
