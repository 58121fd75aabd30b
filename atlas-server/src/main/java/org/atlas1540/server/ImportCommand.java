package org.atlas1540.server;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.atlas1540.server.importing.ImportResult;
import org.atlas1540.server.importing.ImportStatus;
import org.atlas1540.server.importing.ImportSummary;
import org.atlas1540.server.importing.NoteFiles;
import org.atlas1540.server.importing.NoteImporter;
import org.springframework.boot.WebApplicationType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import information notes (text, PDF, DOCX) into the database. A folder stands for the files in it.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    ServerOptions options;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Notes to import, or folders of notes.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Option(names = "--progress", paramLabel = "auto|bar|lines", defaultValue = "auto",
            description = "A progress bar when the output is a terminal (auto), always a bar, or a line per file.")
    String progress;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ImportProgress.Mode mode = mode(progress);
        if (mode == null) {
            spec.commandLine().getErr().println("atlas import: --progress is auto, bar or lines, not '" + progress + "'");
            return 2;
        }
        List<Path> files = NoteFiles.expand(paths);
        if (files.isEmpty()) {
            out.println("No files to import.");
            return 1;
        }
        ImportSummary summary;
        long started;
        try (var context = Applications.start(options, WebApplicationType.NONE, List.of("--atlas.demo=false",
                "--logging.level.org.atlas1540=WARN", "--atlas.h2.url-options=" + NoteImporter.BULK_H2_OPTIONS))) {
            var importer = context.getBean(NoteImporter.class);
            started = System.nanoTime();
            try (ImportProgress shown = ImportProgress.of(mode, files.size(), out)) {
                summary = importer.importFiles(files, shown::done);
            }
        }
        // Timed to the end of the close: the search index brought up to date and both stores saved.
        double seconds = (System.nanoTime() - started) / 1e9;
        out.println();
        out.printf(Locale.ROOT, "%s (%d files in %.1f s, %.0f files/s; data: %s)%n", summary.line(), files.size(),
                seconds, files.size() / seconds, options.describe());
        for (ImportResult updated : summary.results().stream().filter(r -> r.status() == ImportStatus.UPDATED)
                .toList()) {
            out.println("  updated: " + updated.source() + " -> /events/" + updated.eventSlug());
        }
        for (ImportResult failure : summary.failures()) {
            out.println("  failed: " + failure.source() + ": " + failure.reason());
        }
        out.flush();
        return summary.failures().isEmpty() ? 0 : 1;
    }

    private static ImportProgress.Mode mode(String value) {
        for (ImportProgress.Mode mode : ImportProgress.Mode.values()) {
            if (mode.name().equalsIgnoreCase(value)) {
                return mode;
            }
        }
        return null;
    }
}
