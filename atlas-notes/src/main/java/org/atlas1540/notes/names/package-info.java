/** Internal: finding the names of States, organisations and cities in text (the gazetteers). */
package org.atlas1540.notes.names;
