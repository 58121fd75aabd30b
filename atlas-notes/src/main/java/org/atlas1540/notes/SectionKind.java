package org.atlas1540.notes;

/** The kind of a note's section, whatever its heading says. */
public enum SectionKind {
    OBJECTIVES("objectives"),
    BACKGROUND("background"),
    HIGHLIGHTS("highlights"),
    RECOMMENDATIONS("recommendations"),
    OUTCOME("outcome"),
    COMMENTS("comments"),
    OTHER("other");

    private final String json;

    SectionKind(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
