package org.atlas1540.notes.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atlas1540.notes.Fact;
import org.atlas1540.notes.RelatedEventFact;
import org.atlas1540.notes.Span;
import org.atlas1540.notes.Venue;
import org.atlas1540.notes.dates.DateMatch;
import org.atlas1540.notes.dates.DateRangeParser;
import org.atlas1540.notes.text.Keywords;
import org.atlas1540.notes.text.Warnings;
import org.atlas1540.notes.venue.VenueReader;

/**
 * An earlier event the note refers to: a sentence that says this event follows up, builds on or
 * recalls another and gives that event's dates ("a follow-up to ... the Workshop ... which was held
 * 14-17 June 2010 in Split, Croatia"). The title is the quoted name; the venue follows "in" after
 * the dates.
 */
final class RelatedEventFinder implements FactFinder {
    static final Pattern RELATED = Pattern.compile(
            "(?i)\\bfollow(?:-| )?up\\b|\\bbuil(?:t|ds?) on\\b|\\bprevious\\b|\\bearlier\\b|\\bpreceding\\b|\\bfirst (?:workshop|seminar|meeting|conference)\\b|\\bheld\\b");
    /** Every match of RELATED starts with one of these, so RELATED is tried only where one starts. */
    static final Keywords RELATED_STARTS = Keywords.of("follow", "buil", "previous", "earlier", "preceding", "first ",
            "held");
    static final Pattern FOLLOW_UP = Pattern.compile("(?i)\\bfollow(?:-| )?up\\b|\\bbuil(?:t|ds?) on\\b");
    /** Every match of FOLLOW_UP starts with one of these, so FOLLOW_UP is tried only where one starts. */
    static final Keywords FOLLOW_UP_STARTS = Keywords.of("follow", "buil");
    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"”]{5,300})[\"”]");
    private static final Pattern VENUE_AFTER = Pattern.compile("^,?\\s+(?:in|at)\\s+([^.;()]{2,120})");

    private final DateRangeParser dates;
    private final VenueReader venues;

    RelatedEventFinder(DateRangeParser dates, VenueReader venues) {
        this.dates = dates;
        this.venues = venues;
    }

    @Override
    public List<Fact> find(FactContext context) {
        var facts = new ArrayList<Fact>();
        List<Span> sentences = context.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Span sentence = sentences.get(i);
            if (!context.anyInSentence(RELATED_STARTS, i) || !context.find(RELATED_STARTS, RELATED, sentence)) {
                continue;
            }
            String text = context.sentence(sentence);
            List<DateMatch> found = dates.findAll(text);
            if (found.isEmpty()) {
                continue;
            }
            DateMatch date = found.get(0);
            String title = quoted(text);
            Venue venue = null;
            Matcher place = VENUE_AFTER.matcher(text.substring(date.end()));
            if (place.lookingAt()) { // as find(): VENUE_AFTER starts with ^
                venue = venues.read(place.group(1), new Warnings(""), 0);
            }
            String relation = FOLLOW_UP_STARTS.find(FOLLOW_UP, text) ? "follow-up" : "related";
            facts.add(new RelatedEventFact(relation, title, date.range(), venue, sentence));
        }
        return facts;
    }

    /** The first quoted name, as {@code QUOTED.matcher(text).find()}, searched from the first opening quote. */
    private static String quoted(String text) {
        int straight = text.indexOf('"');
        int curly = text.indexOf('“');
        int first = straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
        if (first < 0) {
            return null; // every match of QUOTED starts with one of them
        }
        Matcher quoted = QUOTED.matcher(text);
        return quoted.find(first) ? quoted.group(1).strip() : null;
    }
}
