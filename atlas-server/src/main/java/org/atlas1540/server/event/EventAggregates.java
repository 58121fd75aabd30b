package org.atlas1540.server.event;

import java.util.Map;
import org.atlas1540.reference.OrganisationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counts and choices that pages show over all stored events (home page, events list form, lists of
 * States, organisations and regions), each computed once and kept until the stored events change
 * ({@link DataVersion}, one indexed query per call). Computing them takes seconds at 10,000 events;
 * a page that showed them computed afresh took as long.
 *
 * <p>Each call runs in a read-only transaction, so that its connection is taken before a value's lock:
 * a request that computes a value never waits for a connection held by one that waits for the value.
 */
@Service
@Transactional(readOnly = true)
class EventAggregates {
    private final EventRepository events;
    private final PerDataVersion<Overview> overview;
    private final PerDataVersion<FilterChoices> choices;
    private final PerDataVersion<ChartCounts> chart;
    private final PerDataVersion<StateEngagements> states;
    private final PerDataVersion<Map<OrganisationId, Integer>> organisations;

    EventAggregates(EventRepository events, EngagementQueries engagement) {
        this.events = events;
        this.overview = new PerDataVersion<>(events::overview);
        this.choices = new PerDataVersion<>(() -> new FilterChoices(events.statesNamed(), events.organisationsNamed(),
                events.topicsUsed(), events.kinds(), events.years()));
        this.chart = new PerDataVersion<>(() -> new ChartCounts(events.eventsPerYearAndVenue(), events.undatedEvents()));
        this.states = new PerDataVersion<>(() -> StateEngagements.of(engagement.stateEvents()));
        this.organisations = new PerDataVersion<>(engagement::organisationEventCounts);
    }

    Overview overview() {
        return overview.get(events.version());
    }

    FilterChoices filterChoices() {
        return choices.get(events.version());
    }

    ChartCounts chart() {
        return chart.get(events.version());
    }

    StateEngagements stateEngagements() {
        return states.get(events.version());
    }

    Map<OrganisationId, Integer> organisationEventCounts() {
        return organisations.get(events.version());
    }
}
