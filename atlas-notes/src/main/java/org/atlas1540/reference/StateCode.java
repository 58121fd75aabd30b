package org.atlas1540.reference;

import java.util.regex.Pattern;

/** A State's ISO 3166-1 alpha-3 code, such as {@code SRB}. Rejects anything else. */
public record StateCode(String value) implements Comparable<StateCode> {
    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

    public StateCode {
        if (value == null || !ALPHA3.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "not an ISO 3166-1 alpha-3 code (three capital letters): '" + value + "'");
        }
    }

    public static StateCode of(String value) {
        return new StateCode(value);
    }

    @Override
    public int compareTo(StateCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
