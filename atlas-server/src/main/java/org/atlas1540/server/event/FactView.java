package org.atlas1540.server.event;

import java.util.List;

/**
 * A suggested fact as its event page shows it.
 *
 * @param details  the fact's values as label and value, in the order the reader gives them
 * @param sentence the sentence it was read from, with the fact's span marked
 */
record FactView(String type, String stateCode, String status, List<Detail> details, SourceSentence sentence) {

    public String typeLabel() {
        return EventText.kindLabel(type);
    }

    /** @param href where the value links to (a State's page, a web address); null for plain text */
    record Detail(String label, String value, String href) {
    }
}
