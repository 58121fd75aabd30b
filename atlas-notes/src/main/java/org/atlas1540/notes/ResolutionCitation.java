package org.atlas1540.notes;

/** A Security Council resolution cited in a note, such as "resolution 1977 (2011)". */
public record ResolutionCitation(int number, int year) {
}
