package org.atlas1540.notes.venue;

import java.util.List;
import java.util.regex.Pattern;
import org.atlas1540.notes.Venue;
import org.atlas1540.notes.names.Gazetteer;
import org.atlas1540.notes.names.Known;
import org.atlas1540.notes.names.NameIndex;
import org.atlas1540.notes.text.Spaces;
import org.atlas1540.notes.text.Warnings;
import org.atlas1540.reference.City;
import org.atlas1540.reference.StateCode;

/**
 * Reads a venue ("Belgrade, Serbia", "United Nations Headquarters, New York", "Kiev, Ukraine") into
 * its text, canonical city and country. The country is the State named, or else the city's State;
 * a city the reference data does not know is taken from the part before the country.
 */
public final class VenueReader {
    private static final Pattern PLACE_NOT_CITY = Pattern.compile(
            "(?i)\\b(?:headquarters|centre|center|hotel|palace|hall|building|ministry|university|house|office|"
                    + "conference|room|campus|premises|online|virtual|video)\\b");

    private final NameIndex names;

    public VenueReader(NameIndex names) {
        this.names = names;
    }

    /** @param text the venue as written, without dates; may be blank */
    public Venue read(String text, Warnings warnings, int offset) {
        String venue = text.strip();
        if (venue.isEmpty()) {
            return null;
        }
        City city = null;
        for (Gazetteer.Match<City> match : names.cities().findAll(venue)) {
            if (Character.isUpperCase(venue.charAt(match.start()))) {
                city = match.target();
                break;
            }
        }
        StateCode country = null;
        int countryStart = -1;
        List<Gazetteer.Match<Known>> states = names.states(venue, 0, venue.length());
        if (!states.isEmpty()) {
            Gazetteer.Match<Known> last = states.get(states.size() - 1);
            country = last.target().state();
            countryStart = last.start();
        }
        if (city != null && country != null && !city.country().equals(country)) {
            warnings.at(offset, "the venue names " + city.name() + ", which is not in the country named ("
                    + country + "); please check");
        }
        String cityName = city != null ? city.name() : cityBefore(venue, countryStart);
        if (country == null && city != null) {
            country = city.country();
        }
        if (country == null) {
            warnings.at(offset, "the venue '" + venue + "' names no known city or country");
        }
        return new Venue(venue, cityName, country);
    }

    /** The part of the venue before the country ("Brdo pri Kranju, Slovenia" gives "Brdo pri Kranju"). */
    private static String cityBefore(String venue, int countryStart) {
        if (countryStart <= 0) {
            return null;
        }
        String before = venue.substring(0, countryStart).strip();
        if (before.endsWith(",")) {
            before = before.substring(0, before.length() - 1).strip();
        }
        int comma = before.lastIndexOf(',');
        String candidate = (comma >= 0 ? before.substring(comma + 1) : before).strip();
        if (candidate.isEmpty() || PLACE_NOT_CITY.matcher(candidate).find()
                || !Character.isUpperCase(candidate.codePointAt(0)) || Spaces.split(candidate).length > 4) {
            return null;
        }
        return candidate;
    }
}
