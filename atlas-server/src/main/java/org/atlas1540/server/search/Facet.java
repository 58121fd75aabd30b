package org.atlas1540.server.search;

import java.util.Arrays;
import org.atlas1540.notes.Topic;

/** The facets of search results: each is also a filter, named as its query parameter. */
enum Facet {
    YEAR("year", "Year"),
    REGION("region", "Region"),
    TOPIC("topic", "Topic"),
    KIND("kind", "Kind of event");

    private final String parameter;
    private final String heading;

    Facet(String parameter, String heading) {
        this.parameter = parameter;
        this.heading = heading;
    }

    /** The query parameter, and the facet's name in the index and in JSON. */
    public String parameter() {
        return parameter;
    }

    public String heading() {
        return heading;
    }

    /** How a value is shown: topics and kinds by their words, years and regions as they are. */
    public String label(String value) {
        return switch (this) {
            case YEAR, REGION -> value;
            case TOPIC -> Arrays.stream(Topic.values()).filter(t -> t.json().equals(value)).findFirst()
                    .map(Topic::label).orElse(value);
            case KIND -> kindLabel(value);
        };
    }

    /** "training-course" is written "Training course", as on the event pages. */
    static String kindLabel(String kind) {
        if (kind == null || kind.isEmpty()) {
            return "";
        }
        String words = kind.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
