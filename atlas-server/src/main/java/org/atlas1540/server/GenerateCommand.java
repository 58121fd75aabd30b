package org.atlas1540.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.atlas1540.server.generate.GeneratedNote;
import org.atlas1540.server.generate.NoteGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write synthetic information notes in the layouts real notes use, each with its expected record:",
                "OUT_DIR/notes/NAME.txt and OUT_DIR/expected/NAME.json, ready for 'atlas eval' and 'atlas import'.",
                "The same seed gives the same files, byte for byte."})
final class GenerateCommand implements Callable<Integer> {
    static final int MAX_COUNT = 1_000_000;

    @Option(names = "--count", paramLabel = "N", defaultValue = "100", description = "How many notes (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Parameters(paramLabel = "OUT_DIR", description = "A new or empty folder for the notes.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (count < 1 || count > MAX_COUNT) {
            err.println("atlas generate: --count must be from 1 to " + MAX_COUNT + ", not " + count);
            return 2;
        }
        if (Files.exists(out) && (!Files.isDirectory(out) || !isEmpty(out))) {
            err.println("atlas generate: " + out + (Files.isDirectory(out) ? " is not empty" : " is not a folder")
                    + "; give a new folder, so that no earlier notes mix with these");
            return 2;
        }
        Path notes = Files.createDirectories(out.resolve("notes"));
        Path expected = Files.createDirectories(out.resolve("expected"));
        var generator = new NoteGenerator(seed);
        for (int i = 0; i < count; i++) {
            GeneratedNote note = generator.note(i);
            Files.write(notes.resolve(note.fileName()), note.bytes());
            Files.writeString(expected.resolve(note.name() + ".json"), note.expected(), StandardCharsets.UTF_8);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Wrote %d notes (seed %d) to %s and their expected records to %s.%n", count, seed, notes, expected);
        out.printf("Score the reader on them: ./atlas eval %s %s%nImport them:              ./atlas import %s%n",
                notes, expected, notes);
        out.flush();
        return 0;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
