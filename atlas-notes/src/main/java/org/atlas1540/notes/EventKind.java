package org.atlas1540.notes;

/** The kind of outreach event a note reports. */
public enum EventKind {
    WORKSHOP("workshop"),
    SEMINAR("seminar"),
    CONFERENCE("conference"),
    MEETING("meeting"),
    TRAINING_COURSE("training-course"),
    COUNTRY_VISIT("country-visit"),
    OTHER("other");

    private final String json;

    EventKind(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
