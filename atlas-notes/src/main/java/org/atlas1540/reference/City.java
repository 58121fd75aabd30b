package org.atlas1540.reference;

import java.util.List;

/**
 * A city that can be named as a venue, so that a venue naming only the city still gives the
 * country ("Geneva" gives CHE).
 *
 * @param name    the canonical English name ("Kyiv")
 * @param country its State
 * @param aliases other and historical names ("Kiev")
 */
public record City(String name, StateCode country, List<String> aliases) {
    public City {
        aliases = List.copyOf(aliases);
    }

    public List<String> names() {
        var names = new java.util.ArrayList<String>();
        names.add(name);
        names.addAll(aliases);
        return List.copyOf(names);
    }
}
