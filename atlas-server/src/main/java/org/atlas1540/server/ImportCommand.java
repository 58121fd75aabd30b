package org.atlas1540.server;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.atlas1540.server.importing.ImportResult;
import org.atlas1540.server.importing.ImportSummary;
import org.atlas1540.server.importing.NoteFiles;
import org.atlas1540.server.importing.NoteImporter;
import org.springframework.boot.WebApplicationType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = NoteFiles.expand(paths);
        if (files.isEmpty()) {
            out.println("No files to import.");
            return 1;
        }
        try (var context = Applications.start(options, WebApplicationType.NONE,
                List.of("--atlas.demo=false", "--logging.level.org.atlas1540=WARN"))) {
            var importer = context.getBean(NoteImporter.class);
            int[] done = {0};
            ImportSummary summary = importer.importFiles(files, result -> {
                done[0]++;
                out.printf("[%d/%d] %-9s %s%s%n", done[0], files.size(), result.status().word(), result.source(),
                        detail(result));
                out.flush();
            });
            out.println();
            out.println(summary.line() + " (data: " + options.describe() + ")");
            for (ImportResult failure : summary.failures()) {
                out.println("  failed: " + failure.source() + ": " + failure.reason());
            }
            return summary.failures().isEmpty() ? 0 : 1;
        }
    }

    private static String detail(ImportResult result) {
        if (result.failed()) {
            return ": " + result.reason();
        }
        return result.eventSlug() == null ? "" : " -> /events/" + result.eventSlug();
    }
}
