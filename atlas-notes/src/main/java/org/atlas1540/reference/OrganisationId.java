package org.atlas1540.reference;

import java.util.regex.Pattern;

/** A stable organisation id from the registry, such as {@code OSCE} or {@code 1540-GOE}. */
public record OrganisationId(String value) implements Comparable<OrganisationId> {
    private static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");

    public OrganisationId {
        if (value == null || !ID.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "not an organisation id (capital letters, digits and hyphens): '" + value + "'");
        }
    }

    public static OrganisationId of(String value) {
        return new OrganisationId(value);
    }

    @Override
    public int compareTo(OrganisationId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
