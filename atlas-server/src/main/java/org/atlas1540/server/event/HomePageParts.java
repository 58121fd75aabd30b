package org.atlas1540.server.event;

import java.util.Optional;
import org.atlas1540.server.account.Viewer;
import org.atlas1540.server.web.PagePart;

/**
 * Implemented by a module that shows something on the home page, above the recent events (staff's
 * overdue recommendations, for example). A part that is for staff only gives nothing to others.
 */
public interface HomePageParts {
    Optional<PagePart> forHome(Viewer viewer);
}
