package org.atlas1540.server.state;

import java.util.List;
import org.atlas1540.reference.StateCode;

/** A State as its page shows it. Status and OSCE status are the reference data's slugs. */
record StateDetails(
        StateCode code,
        String shortName,
        String formalName,
        String status,
        List<String> groups,
        String region,
        String subregion,
        String osceStatus) {

    public String statusLabel() {
        return switch (status) {
            case "member" -> "United Nations Member State";
            case "observer" -> "Non-member observer State";
            default -> "Other entity";
        };
    }

    public String osceLabel() {
        return switch (osceStatus) {
            case "participating" -> "OSCE participating State";
            case "partner" -> "OSCE Partner for Co-operation";
            default -> "Not an OSCE participating State";
        };
    }
}
