package org.atlas1540.server.event;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atlas1540.notes.Topic;

/**
 * The values that occur in the stored events, from which the events list's form offers its choices.
 *
 * @param states        code to name, by name
 * @param organisations id to name, by name
 * @param topics        in the vocabulary's order
 * @param kinds         the stored kinds, by value
 * @param years         the years in which events started, newest first
 */
record FilterChoices(Map<String, String> states, Map<String, String> organisations, List<Topic> topics,
        List<String> kinds, List<Integer> years) {

    FilterChoices {
        states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
        organisations = Collections.unmodifiableMap(new LinkedHashMap<>(organisations));
        topics = List.copyOf(topics);
        kinds = List.copyOf(kinds);
        years = List.copyOf(years);
    }
}
