package org.atlas1540.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.atlas1540.notes.Note;
import org.atlas1540.notes.NoteReadException;
import org.atlas1540.notes.NoteReader;
import org.atlas1540.notes.Section;
import org.atlas1540.notes.SectionKind;

/**
 * The notes the benchmarks read: by default the 14 evaluation notes that the build copies from
 * {@code atlas-notes/src/test/resources/eval/notes} into the benchmarks jar under {@code eval-notes/};
 * with {@code -Datlas.bench.notes=DIR} (passed to the forked JVM with {@code -jvmArgsAppend}), the
 * {@code .txt} files of that directory instead.
 */
final class EvalNotes {
    static final String DIRECTORY_PROPERTY = "atlas.bench.notes";
    private static final String PREFIX = "eval-notes/";

    /** One note file: its name and its bytes. */
    record NoteFile(String name, byte[] bytes) {
    }

    private EvalNotes() {
    }

    /** The notes, sorted by name; never empty. */
    static List<NoteFile> load() {
        try {
            String dir = System.getProperty(DIRECTORY_PROPERTY);
            List<NoteFile> notes = dir == null ? fromClassPath() : fromDirectory(Path.of(dir));
            if (notes.isEmpty()) {
                throw new IllegalStateException("no notes found (" + (dir == null ? "class path " + PREFIX : dir) + ")");
            }
            notes.sort(Comparator.comparing(NoteFile::name));
            return notes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<NoteFile> fromDirectory(Path dir) throws IOException {
        List<NoteFile> notes = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().endsWith(".txt")) {
                    notes.add(new NoteFile(file.getFileName().toString(), Files.readAllBytes(file)));
                }
            }
        }
        return notes;
    }

    /** Works both from target/classes (an IDE) and from the shaded jar. */
    private static List<NoteFile> fromClassPath() throws IOException {
        Path location;
        try {
            location = Path.of(EvalNotes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if (Files.isDirectory(location)) {
            return fromDirectory(location.resolve(PREFIX));
        }
        List<NoteFile> notes = new ArrayList<>();
        try (JarFile jar = new JarFile(location.toFile())) {
            var entries = jar.entries();
            while (entries.hasMoreElements()) {
                var entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(PREFIX) && name.endsWith(".txt") && !entry.isDirectory()) {
                    try (var in = jar.getInputStream(entry)) {
                        notes.add(new NoteFile(name.substring(PREFIX.length()), in.readAllBytes()));
                    }
                }
            }
        }
        return notes;
    }

    /**
     * The note made about {@code scale} times as long by repeating the paragraphs of its highlights
     * section (Highlights, Summary, Proceedings or Discussions, whatever the reader files as
     * {@link SectionKind#HIGHLIGHTS}) right after them. Scale 1 is the note as it is.
     */
    static NoteFile padded(NoteReader reader, NoteFile note, int scale) throws NoteReadException {
        if (scale <= 1) {
            return note;
        }
        String raw = new String(note.bytes(), StandardCharsets.UTF_8);
        Note read = reader.read(note.name(), note.bytes());
        Section highlights = read.sections().stream().filter(s -> s.kind() == SectionKind.HIGHLIGHTS).findFirst()
                .orElseThrow(() -> new IllegalStateException(note.name() + " has no highlights section"));
        // Paragraphs as they stand in the file (a footnote may have been cut out of one by the reader).
        List<String> paragraphs = Stream.of(highlights.text().split("\n\\s*\n"))
                .map(String::strip).filter(p -> !p.isEmpty() && raw.contains(p)).toList();
        if (paragraphs.isEmpty()) {
            throw new IllegalStateException(note.name() + ": no highlights paragraph found in the file");
        }
        String last = paragraphs.get(paragraphs.size() - 1);
        int at = raw.indexOf(last) + last.length();
        String block = "\n\n" + String.join("\n\n", paragraphs);
        long target = (long) scale * note.bytes().length;
        var padding = new StringBuilder();
        while (note.bytes().length + padding.toString().getBytes(StandardCharsets.UTF_8).length < target) {
            padding.append(block);
        }
        String text = raw.substring(0, at) + padding + raw.substring(at);
        return new NoteFile(note.name(), text.getBytes(StandardCharsets.UTF_8));
    }
}
