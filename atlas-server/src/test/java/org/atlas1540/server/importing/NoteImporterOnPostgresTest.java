package org.atlas1540.server.importing;

import org.atlas1540.server.testing.PostgresDatabase;

@PostgresDatabase
class NoteImporterOnPostgresTest extends NoteImporterContract {
}
