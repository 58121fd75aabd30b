package org.atlas1540.server.event;

import java.util.Optional;
import org.atlas1540.server.account.Viewer;
import org.atlas1540.server.web.PagePart;

/**
 * Implemented by a module that shows its records on an event's page, below the note (the
 * recommendations agreed at it, for example). The event page shows every part given, in no
 * particular order.
 */
public interface EventPageParts {
    Optional<PagePart> forEvent(String slug, Viewer viewer);
}
