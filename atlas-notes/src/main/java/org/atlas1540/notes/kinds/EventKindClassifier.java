package org.atlas1540.notes.kinds;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atlas1540.notes.EventKind;
import org.atlas1540.notes.text.Keywords;

/**
 * Tells what kind of event a title names ("Regional Workshop on the Implementation of UNSC
 * Resolution 1540 (2004)" is a {@link EventKind#WORKSHOP workshop}).
 *
 * <p>Rules, on whole words in any case, plurals included:
 * <ol>
 *   <li>A country visit wins over everything: "country visit", "visit to", "mission to" (but not
 *       "Permanent Mission to", which names a delegation).</li>
 *   <li>Otherwise the first of these words in the title decides:
 *     <ul>
 *       <li>training course: "training", "course", "train-the-trainer";</li>
 *       <li>workshop: "workshop";</li>
 *       <li>seminar: "seminar", "webinar";</li>
 *       <li>conference: "conference", "symposium", "forum";</li>
 *       <li>meeting: "meeting", "consultation", "round table" ("roundtable", "round-table"),
 *           "dialogue", "briefing", "side event".</li>
 *     </ul>
 *     So "Regional Workshop on the Review Conference" is a workshop and "Training Workshop on
 *     Export Control" a training course.</li>
 *   <li>A title with none of them is {@link EventKind#OTHER}.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class EventKindClassifier {
    private static final String JOIN = "[\\s\\-\u2010\u2011\u2013\u2014]{1,3}";

    static final Pattern COUNTRY_VISIT = Pattern.compile(
            "\\b(?:country" + JOIN + "visits?|visits?\\s+to|(?<!permanent\\s{1,3})missions?\\s+to)\\b",
            Pattern.CASE_INSENSITIVE);

    static final Pattern KIND_WORD = Pattern.compile("\\b(?:"
            + "(?<training>train" + JOIN + "the" + JOIN + "trainers?|training|courses?)"
            + "|(?<workshop>workshops?)"
            + "|(?<seminar>seminars?|webinars?)"
            + "|(?<conference>conferences?|symposium|symposia|forums?|fora)"
            + "|(?<meeting>meetings?|consultations?|round" + JOIN + "tables?|roundtables?|dialogues?|briefings?"
            + "|side" + JOIN + "events?)"
            + ")\\b", Pattern.CASE_INSENSITIVE);

    /*
     * Every match of each pattern starts with one of the words of its *_STARTS at a word start, so
     * it is tried only there (Keywords.find; guarded by EventKindAnchoredTest).
     */
    static final Keywords COUNTRY_VISIT_STARTS = Keywords.of("country", "visit", "mission");
    static final Keywords KIND_WORD_STARTS = Keywords.of("train", "course", "workshop", "seminar", "webinar",
            "conference", "symposi", "forum", "fora", "meeting", "consultation", "round", "dialogue", "briefing", "side");

    public EventKind classify(String title) {
        Objects.requireNonNull(title, "title");
        if (COUNTRY_VISIT_STARTS.find(COUNTRY_VISIT, title)) {
            return EventKind.COUNTRY_VISIT;
        }
        Matcher word = Keywords.anchorable(KIND_WORD, title);
        if (!KIND_WORD_STARTS.findFrom(word, title, 0)) {
            return EventKind.OTHER;
        }
        if (word.group("training") != null) {
            return EventKind.TRAINING_COURSE;
        } else if (word.group("workshop") != null) {
            return EventKind.WORKSHOP;
        } else if (word.group("seminar") != null) {
            return EventKind.SEMINAR;
        } else if (word.group("conference") != null) {
            return EventKind.CONFERENCE;
        }
        return EventKind.MEETING;
    }
}
