package org.atlas1540.notes;

/** What a party is. */
public enum PartyType {
    STATE("state"),
    ORGANISATION("organisation"),
    UNRESOLVED("unresolved");

    private final String json;

    PartyType(String json) {
        this.json = json;
    }

    /** The value written in JSON output. */
    public String json() {
        return json;
    }
}
