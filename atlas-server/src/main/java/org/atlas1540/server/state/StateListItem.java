package org.atlas1540.server.state;

import java.util.List;
import org.atlas1540.reference.StateCode;

/** A row of the States list. */
record StateListItem(StateCode code, String shortName, String status, String region, List<String> groups) {
}
