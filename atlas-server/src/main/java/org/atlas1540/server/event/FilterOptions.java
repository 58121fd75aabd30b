package org.atlas1540.server.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atlas1540.notes.EventKind;
import org.atlas1540.notes.Topic;
import org.atlas1540.reference.ReferenceData;

/**
 * The choices of the events list's filter form: the values that occur in the stored events, plus
 * the value chosen when it does not occur (a link from a State's page to its empty list still
 * shows the State as chosen).
 *
 * @param regions by kind of grouping label ("UN regional group", ...), id to name
 * @param states  code to name, by name; likewise organisations (id), topics and kinds (query value)
 * @param years   the years in which events started, newest first: the year fields' hints
 */
record FilterOptions(Map<String, Map<String, String>> regions, Map<String, String> states,
        Map<String, String> organisations, Map<String, String> topics, Map<String, String> kinds,
        List<EventSort> sorts, List<Integer> years) {

    /** "e.g. 2008", the first year with an event, for the "from" field. */
    public String fromHint() {
        return "e.g. " + (years.isEmpty() ? "2010" : years.get(years.size() - 1));
    }

    /** "e.g. 2024", the last year with an event, for the "to" field. */
    public String toHint() {
        return "e.g. " + (years.isEmpty() ? "2015" : years.get(0));
    }

    static FilterOptions of(FilterChoices stored, List<StateGrouping> groupings, EventFilter chosen) {
        var regions = new LinkedHashMap<String, Map<String, String>>();
        for (StateGrouping g : groupings) {
            regions.computeIfAbsent(g.kind().label(), k -> new LinkedHashMap<>()).put(g.id(), g.name());
        }
        var states = new LinkedHashMap<>(stored.states());
        if (chosen.state() != null && !states.containsKey(chosen.state().value())) {
            states.put(chosen.state().value(), ReferenceData.standard().states().get(chosen.state()).shortName());
        }
        var organisations = new LinkedHashMap<>(stored.organisations());
        if (chosen.organisation() != null && !organisations.containsKey(chosen.organisation().value())) {
            organisations.put(chosen.organisation().value(),
                    ReferenceData.standard().organisations().find(chosen.organisation()).orElseThrow().name());
        }
        var topics = new LinkedHashMap<String, String>();
        var used = stored.topics();
        for (Topic t : Topic.values()) {
            if (used.contains(t) || t == chosen.topic()) {
                topics.put(t.json(), t.label());
            }
        }
        var kinds = new LinkedHashMap<String, String>();
        List<String> storedKinds = stored.kinds();
        for (EventKind k : EventKind.values()) {
            if (storedKinds.contains(k.json()) || k == chosen.kind()) {
                kinds.put(k.json(), EventText.kindLabel(k.json()));
            }
        }
        return new FilterOptions(regions, states, organisations, topics, kinds, List.of(EventSort.values()),
                stored.years());
    }
}
