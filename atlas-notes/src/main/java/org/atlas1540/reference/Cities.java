package org.atlas1540.reference;

import java.util.List;
import org.apache.commons.csv.CSVRecord;

/** Cities that can be named as venues, each with its State. Immutable. */
public final class Cities {
    static final String RESOURCE = "/org/atlas1540/reference/cities.csv";

    private final List<City> all;

    Cities(List<City> cities) {
        this.all = List.copyOf(cities);
    }

    static Cities load() {
        return new Cities(ReferenceCsv.read(RESOURCE, Cities::city));
    }

    private static City city(CSVRecord row) {
        return new City(row.get("name"), StateCode.of(row.get("country")), ReferenceCsv.list(row.get("aliases")));
    }

    public List<City> all() {
        return all;
    }
}
