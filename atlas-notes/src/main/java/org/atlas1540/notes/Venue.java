package org.atlas1540.notes;

import org.atlas1540.reference.StateCode;

/**
 * Where an event took place: the text as written, the city (canonical name, so "Kiev" gives
 * "Kyiv") and the country. City and country are null when they cannot be told.
 */
public record Venue(String text, String city, StateCode country) {
}
