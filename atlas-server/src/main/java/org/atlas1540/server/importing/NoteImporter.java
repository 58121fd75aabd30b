package org.atlas1540.server.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.atlas1540.notes.Note;
import org.atlas1540.notes.NoteReadException;
import org.atlas1540.notes.NoteReader;
import org.atlas1540.notes.source.SourceDecoder;
import org.atlas1540.server.event.EventRef;
import org.atlas1540.server.event.EventStore;
import org.atlas1540.server.event.IncomingNote;
import org.atlas1540.server.event.SourceFile;
import org.atlas1540.server.event.SourceOrigin;
import org.atlas1540.server.event.StoredNote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports information notes: reads a file with the notes reader and stores the whole note, or
 * nothing (one note in one transaction; many notes in chunks, see {@link #importFiles}). Never throws for a bad file or a refused write: the result says what
 * happened and why.
 */
@Service
public class NoteImporter {
    /**
     * Settings added to the H2 URL for a bulk import ({@code atlas.h2.url-options}): a page cache of
     * 128 MB instead of 16, so that a chunk's rows and undo log are still in memory at its commit.
     */
    public static final String BULK_H2_OPTIONS = ";CACHE_SIZE=131072";

    private static final Logger LOG = LoggerFactory.getLogger(NoteImporter.class);

    private final ObjectProvider<NoteReader> reader;
    private final EventStore events;
    private final TransactionTemplate transaction;

    NoteImporter(ObjectProvider<NoteReader> reader, EventStore events, TransactionTemplate transaction) {
        this.reader = reader;
        this.events = events;
        this.transaction = transaction;
    }

    /** Imports the note in a file. */
    public ImportResult importFile(Path file) {
        FileReading reading = readFile(file);
        return reading.done() != null ? reading.done() : store(reading.reading(), reading.shownAs(), SourceOrigin.IMPORT);
    }

    /**
     * Reads a file for import: its result when it cannot be read or was stored before, else what the
     * reader read. Thread-safe, so that several files can be read at once.
     */
    FileReading readFile(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            return FileReading.done(ImportResult.failed(name, "this is a directory, not a file"));
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > SourceDecoder.DEFAULT_MAX_BYTES) {
                return FileReading.done(ImportResult.failed(name, SourceDecoder.tooLarge(size, SourceDecoder.DEFAULT_MAX_BYTES)));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return FileReading.done(ImportResult.failed(name, "no such file"));
        } catch (IOException | OutOfMemoryError e) {
            return FileReading.done(ImportResult.failed(name, "the file cannot be read"));
        }
        String fileName = file.getFileName().toString();
        String sha256 = sha256(bytes);
        Optional<EventRef> stored = events.findBySource(sha256);
        if (stored.isPresent()) {
            return FileReading.done(ImportResult.of(name, ImportStatus.UNCHANGED, stored.get().slug()));
        }
        return FileReading.read(name, read(fileName, bytes, sha256));
    }

    /** Imports a note from its bytes; {@code name} is the original file name. */
    public ImportResult importBytes(String name, byte[] bytes) {
        return importBytes(name, bytes, name, SourceOrigin.IMPORT);
    }

    /** Reads a note and says what importing it would do; stores nothing. */
    public ImportPreview preview(String fileName, byte[] bytes) {
        NoteReading reading = read(fileName, bytes);
        Optional<EventRef> stored = events.findBySource(reading.sha256());
        if (stored.isPresent()) {
            return new ImportPreview(reading, ImportStatus.UNCHANGED, stored.get().slug());
        }
        if (reading.failed()) {
            return new ImportPreview(reading, ImportStatus.FAILED, null);
        }
        return events.findSameEvent(reading.note(), fileName)
                .map(e -> new ImportPreview(reading, ImportStatus.UPDATED, e.slug()))
                .orElseGet(() -> new ImportPreview(reading, ImportStatus.IMPORTED, null));
    }

    /** Reads a note without storing it; thread-safe, so that several files can be read at once. */
    NoteReading read(String fileName, byte[] bytes) {
        return read(fileName, bytes, sha256(bytes));
    }

    /** As {@link #read(String, byte[])}, with the bytes' SHA-256 already computed. */
    private NoteReading read(String fileName, byte[] bytes, String sha256) {
        try {
            return new NoteReading(fileName, bytes, sha256, reader.getObject().read(fileName, bytes), null);
        } catch (NoteReadException e) {
            return new NoteReading(fileName, bytes, sha256, null, e.getMessage());
        }
    }

    /**
     * Imports files in their order, telling {@code progress} after each one (in that order, on the
     * calling thread). They are read on several threads and stored in chunks, each chunk in one
     * transaction; when the database refuses a note, its chunk is stored again note by note, so that
     * only that note fails.
     */
    public ImportSummary importFiles(List<Path> files, Consumer<ImportResult> progress) {
        return new ImportPipeline(this, ImportPipeline.readerThreads()).run(files, progress);
    }

    /**
     * Stores notes read by {@link #readFile} or {@link #read}, in their order: those read in one
     * transaction, or, when the database refuses one, each in its own.
     */
    List<ImportResult> storeAll(List<FileReading> readings, SourceOrigin origin) {
        var incoming = new ArrayList<IncomingNote>();
        for (FileReading reading : readings) {
            if (reading.done() == null && !reading.reading().failed()) {
                NoteReading read = reading.reading();
                incoming.add(new IncomingNote(read.note(), new SourceFile(read.fileName(), read.bytes(), origin)));
            }
        }
        List<StoredNote> stored;
        try {
            stored = incoming.isEmpty() ? List.of() : events.storeAll(incoming);
        } catch (DataAccessException e) {
            LOG.debug("A chunk of {} notes was refused; storing them one by one", incoming.size(), e);
            return readings.stream().map(r -> r.done() != null ? r.done() : store(r.reading(), r.shownAs(), origin))
                    .toList();
        }
        var results = new ArrayList<ImportResult>(readings.size());
        int next = 0;
        for (FileReading reading : readings) {
            if (reading.done() != null) {
                results.add(reading.done());
            } else if (reading.reading().failed()) {
                results.add(ImportResult.failed(reading.shownAs(), reading.reading().failure()));
            } else {
                StoredNote note = stored.get(next++);
                results.add(ImportResult.of(reading.shownAs(), status(note.outcome()), note.event().slug()));
            }
        }
        return results;
    }

    private static ImportStatus status(StoredNote.Outcome outcome) {
        return switch (outcome) {
            case NEW_EVENT -> ImportStatus.IMPORTED;
            case NEW_REVISION -> ImportStatus.UPDATED;
            case ALREADY_STORED -> ImportStatus.UNCHANGED;
        };
    }

    ImportResult importBytes(String fileName, byte[] bytes, String shownAs, SourceOrigin origin) {
        Optional<EventRef> stored = events.findBySource(sha256(bytes));
        if (stored.isPresent()) {
            return ImportResult.of(shownAs, ImportStatus.UNCHANGED, stored.get().slug());
        }
        return store(read(fileName, bytes), shownAs, origin);
    }

    /** Stores a note read by {@link #read}, in one transaction, or nothing; {@code shownAs} names it in the result. */
    ImportResult store(NoteReading reading, String shownAs, SourceOrigin origin) {
        if (reading.failed()) {
            return ImportResult.failed(shownAs, reading.failure());
        }
        Note note = reading.note();
        var file = new SourceFile(reading.fileName(), reading.bytes(), origin);
        try {
            return transaction.execute(status -> store(shownAs, note, file));
        } catch (DataAccessException e) {
            String reason = "the database refused the note: " + rootMessage(e);
            LOG.warn("Could not store {}: {}", shownAs, reason);
            LOG.debug("Could not store {}", shownAs, e);
            return ImportResult.failed(shownAs, reason);
        }
    }

    private ImportResult store(String shownAs, Note note, SourceFile file) {
        // Checked inside the transaction: another import may have stored the same file meanwhile.
        Optional<EventRef> stored = events.findBySource(note.source().sha256());
        if (stored.isPresent()) {
            return ImportResult.of(shownAs, ImportStatus.UNCHANGED, stored.get().slug());
        }
        Optional<EventRef> existing = events.findSameEvent(note, file.fileName());
        if (existing.isPresent()) {
            EventRef event = events.revise(existing.get(), note, file);
            return ImportResult.of(shownAs, ImportStatus.UPDATED, event.slug());
        }
        EventRef event = events.create(note, file);
        return ImportResult.of(shownAs, ImportStatus.IMPORTED, event.slug());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
