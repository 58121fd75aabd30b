package org.atlas1540.notes.names;

import java.util.ArrayList;
import java.util.List;
import org.atlas1540.notes.PartyType;
import org.atlas1540.notes.text.WordStarts;
import org.atlas1540.reference.City;
import org.atlas1540.reference.Organisation;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.State;

/**
 * The gazetteers built from the reference data: one for States and organisations, one for venue
 * cities. Built once per reader (it takes a few milliseconds) and shared by every note it reads.
 */
public final class NameIndex {
    private final ReferenceData reference;
    private final Gazetteer<Known> parties;
    private final Gazetteer<City> cities;

    public NameIndex(ReferenceData reference) {
        this.reference = reference;
        var entries = new ArrayList<Gazetteer.Entry<Known>>();
        for (State state : reference.states().all()) {
            var known = new Known(PartyType.STATE, state.code().value(), state.shortName(), state.code());
            state.names().forEach(name -> entries.add(new Gazetteer.Entry<>(name, known)));
        }
        for (Organisation organisation : reference.organisations().all()) {
            var known = new Known(PartyType.ORGANISATION, organisation.id().value(), organisation.name(),
                    organisation.country().orElse(null));
            organisation.names().forEach(name -> entries.add(new Gazetteer.Entry<>(name, known)));
        }
        this.parties = new Gazetteer<>(entries);
        var cityEntries = new ArrayList<Gazetteer.Entry<City>>();
        for (City city : reference.cities().all()) {
            city.names().forEach(name -> cityEntries.add(new Gazetteer.Entry<>(name, city)));
        }
        this.cities = new Gazetteer<>(cityEntries);
    }

    public ReferenceData reference() {
        return reference;
    }

    /** States and organisations. */
    public Gazetteer<Known> parties() {
        return parties;
    }

    public Gazetteer<City> cities() {
        return cities;
    }

    /** As {@link #states(CharSequence, int, int)} on the text of {@code words}, read at its word starts. */
    public List<Gazetteer.Match<Known>> states(WordStarts words, int from, int to) {
        return parties.findAll(words, from, to).stream().filter(m -> m.target().isState()).toList();
    }

    /** The States named in {@code text} between {@code from} and {@code to}, as matches. */
    public List<Gazetteer.Match<Known>> states(CharSequence text, int from, int to) {
        return parties.findAll(text, from, to).stream().filter(m -> m.target().isState()).toList();
    }
}
