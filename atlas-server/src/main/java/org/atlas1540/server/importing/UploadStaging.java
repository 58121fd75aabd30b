package org.atlas1540.server.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps an uploaded note between its preview and its confirmation: a file under the data folder
 * ({@code uploads/SHA256.note}) named by the content's SHA-256, so that no session holds it and
 * the confirmation can check that the bytes are the ones previewed. Files left unconfirmed are
 * removed after a day.
 */
@Component
class UploadStaging {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    static final Duration KEPT = Duration.ofDays(1);

    private final Path folder;
    private final Clock clock;

    @Autowired
    UploadStaging(@Value("${atlas.data-dir}") Path dataDir) {
        this(dataDir.resolve("uploads"), Clock.systemUTC());
    }

    UploadStaging(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** Keeps the bytes, whose SHA-256 is {@code sha256}, until confirmed or a day has passed. */
    void keep(String sha256, byte[] bytes) {
        Path target = file(sha256).orElseThrow(() -> new IllegalArgumentException("not a SHA-256: " + sha256));
        try {
            Files.createDirectories(folder);
            removeExpired();
            if (Files.exists(target)) {
                Files.setLastModifiedTime(target, java.nio.file.attribute.FileTime.from(clock.instant()));
                return;
            }
            Path part = Files.createTempFile(folder, "upload-", ".part");
            Files.write(part, bytes);
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the upload in " + folder, e);
        }
    }

    /** The bytes kept under this SHA-256, if they are still there and still have it. */
    Optional<byte[]> take(String sha256) {
        Optional<Path> path = file(sha256);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(path.get());
            return NoteImporter.sha256(bytes).equals(sha256) ? Optional.of(bytes) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the kept upload " + path.get(), e);
        }
    }

    void remove(String sha256) {
        file(sha256).ifPresent(path -> {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // Left for the daily clean-up.
            }
        });
    }

    private void removeExpired() throws IOException {
        Instant oldest = clock.instant().minus(KEPT);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(oldest)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** The file for a SHA-256; empty for anything else, so that no name from a form reaches the file system. */
    private Optional<Path> file(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        return Optional.of(folder.resolve(sha256 + ".note"));
    }
}
