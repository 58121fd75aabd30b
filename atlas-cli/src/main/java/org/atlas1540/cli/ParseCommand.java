package org.atlas1540.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.atlas1540.notes.Note;
import org.atlas1540.notes.NoteJson;
import org.atlas1540.notes.NoteReadException;
import org.atlas1540.notes.NoteReader;
import org.atlas1540.notes.SourceInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "parse",
        description = {"Reads information notes (text, PDF, DOCX) and prints one JSON object per file, one per line,",
                "in argument order. A directory stands for the files in it. Exit status 1 if any file could not be read."})
final class ParseCommand implements Callable<Integer> {
    /** Files are read in parallel in batches of this many, and printed in order. */
    private static final int BATCH = 512;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "note files or directories")
    List<Path> paths;

    @Option(names = "--pretty", description = "print a readable summary for a person instead of JSON")
    boolean pretty;

    @Option(names = "--text", description = "print the normalised text that spans point into, instead of JSON")
    boolean text;

    private sealed interface Outcome permits Read, Failed {
    }

    private record Read(Note note) implements Outcome {
    }

    private record Failed(Path path, String error) implements Outcome {
    }

    @Override
    public Integer call() throws IOException {
        List<Path> files = NoteFiles.expand(paths);
        var reader = new NoteReader();
        var out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
        boolean failed = false;
        for (int from = 0; from < files.size(); from += BATCH) {
            List<Path> batch = files.subList(from, Math.min(files.size(), from + BATCH));
            List<Outcome> outcomes = IntStream.range(0, batch.size()).parallel()
                    .mapToObj(i -> read(reader, batch.get(i))).toList();
            for (Outcome outcome : outcomes) {
                failed |= outcome instanceof Failed;
                print(out, outcome, files.size() > 1);
            }
        }
        out.flush();
        return failed ? 1 : 0;
    }

    private static Outcome read(NoteReader reader, Path path) {
        try {
            return new Read(reader.read(path));
        } catch (NoteReadException e) {
            return new Failed(path, e.getMessage());
        }
    }

    /** The SHA-256 of a file that could not be read as a note, when it can be read at all; else null. */
    private static String sha256(Path path) {
        try (var in = new java.security.DigestInputStream(java.nio.file.Files.newInputStream(path),
                java.security.MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return java.util.HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            return null;
        }
    }

    private void print(PrintWriter out, Outcome outcome, boolean several) {
        if (outcome instanceof Failed failure) {
            if (pretty || text) {
                out.println(failure.path() + ": " + failure.error());
            } else {
                out.println(NoteJson.errorJson(new SourceInfo(failure.path().toString(), sha256(failure.path()), null),
                        failure.error()));
            }
            return;
        }
        Note note = ((Read) outcome).note();
        if (text) {
            if (several) {
                out.println("==> " + note.source().path() + " <==");
            }
            out.println(note.text());
        } else if (pretty) {
            out.print(PrettySummary.of(note));
        } else {
            out.println(NoteJson.toJson(note));
        }
    }
}
