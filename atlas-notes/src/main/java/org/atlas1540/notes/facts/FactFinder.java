package org.atlas1540.notes.facts;

import java.util.List;
import org.atlas1540.notes.Fact;

/** One kind of fact, found sentence by sentence in a note's body. */
interface FactFinder {
    List<Fact> find(FactContext context);
}
