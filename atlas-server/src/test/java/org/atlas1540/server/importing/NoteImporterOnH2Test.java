package org.atlas1540.server.importing;

import org.atlas1540.server.testing.H2Database;

@H2Database
class NoteImporterOnH2Test extends NoteImporterContract {
}
