package org.atlas1540.server.event;

import java.util.List;
import org.atlas1540.server.account.Viewer;

/**
 * Implemented by a module whose records name the event they were learned from, so that the event's
 * page lists them under "What followed" (and beside the fact each was made from). Only what the
 * viewer may see.
 */
public interface EventFollowUps {
    List<FollowUp> of(String slug, Viewer viewer);
}
