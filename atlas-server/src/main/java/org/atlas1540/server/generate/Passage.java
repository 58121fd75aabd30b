package org.atlas1540.server.generate;

import java.util.EnumSet;
import java.util.Set;
import org.atlas1540.notes.Topic;

/**
 * A piece of text and the topics its words name (by the vocabulary of {@code docs/topics.md}).
 * Each template declares its topics by hand: the generator's test then checks them against what
 * the reader finds, so a wrong declaration fails a build instead of teaching nothing.
 */
record Passage(String text, Set<Topic> topics) {

    Passage {
        topics = topics.isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(topics);
    }

    static Passage of(String text, Topic... topics) {
        var set = EnumSet.noneOf(Topic.class);
        set.addAll(java.util.List.of(topics));
        return new Passage(text, set);
    }

    /** The same passage with {@code {event}} replaced by what the event is called ("workshop"). */
    Passage forEvent(String event) {
        return new Passage(text.replace("{event}", event), topics);
    }

    /** This passage with another appended, topics joined. */
    Passage then(String separator, Passage next) {
        var set = EnumSet.noneOf(Topic.class);
        set.addAll(topics);
        set.addAll(next.topics);
        return new Passage(text + separator + next.text, set);
    }
}
