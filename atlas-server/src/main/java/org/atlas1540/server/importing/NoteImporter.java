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
import org.atlas1540.server.event.SourceFile;
import org.atlas1540.server.event.SourceOrigin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports information notes: reads a file with the notes reader and stores the whole note in one
 * transaction, or nothing. Never throws for a bad file or a refused write: the result says what
 * happened and why.
 */
@Service
public class NoteImporter {
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
        String name = file.toString();
        if (Files.isDirectory(file)) {
            return ImportResult.failed(name, "this is a directory, not a file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > SourceDecoder.DEFAULT_MAX_BYTES) {
                return ImportResult.failed(name, SourceDecoder.tooLarge(size, SourceDecoder.DEFAULT_MAX_BYTES));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return ImportResult.failed(name, "no such file");
        } catch (IOException | OutOfMemoryError e) {
            return ImportResult.failed(name, "the file cannot be read");
        }
        return importBytes(file.getFileName().toString(), bytes, name, SourceOrigin.IMPORT);
    }

    /** Imports a note from its bytes; {@code name} is the original file name. */
    public ImportResult importBytes(String name, byte[] bytes) {
        return importBytes(name, bytes, name, SourceOrigin.IMPORT);
    }

    /** Imports each file in turn, telling {@code progress} after each one. */
    public ImportSummary importFiles(List<Path> files, Consumer<ImportResult> progress) {
        var results = new ArrayList<ImportResult>();
        for (Path file : files) {
            ImportResult result = importFile(file);
            results.add(result);
            progress.accept(result);
        }
        return new ImportSummary(results);
    }

    ImportResult importBytes(String fileName, byte[] bytes, String shownAs, SourceOrigin origin) {
        if (events.containsSource(sha256(bytes))) {
            return ImportResult.of(shownAs, ImportStatus.UNCHANGED, null);
        }
        Note note;
        try {
            note = reader.getObject().read(fileName, bytes);
        } catch (NoteReadException e) {
            return ImportResult.failed(shownAs, e.getMessage());
        }
        var file = new SourceFile(fileName, bytes, origin);
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
        // Checked again inside the transaction: another import may have stored the same file meanwhile.
        if (events.containsSource(note.source().sha256())) {
            return ImportResult.of(shownAs, ImportStatus.UNCHANGED, null);
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
