package org.atlas1540.server;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.atlas1540.server.search.SearchIndexing;
import org.springframework.boot.WebApplicationType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the database: the Lucene index in the data folder, "
                + "or the search table in PostgreSQL.")
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    ServerOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        try (var context = Applications.start(options, WebApplicationType.NONE, List.of("--atlas.demo=false",
                "--atlas.search.sync-on-start=false", "--logging.level.org.atlas1540=WARN"))) {
            var indexing = context.getBean(SearchIndexing.class);
            int events = indexing.rebuild();
            out.printf("Search index rebuilt: %d events in %.1f s (index: %s; data: %s)%n", events,
                    (System.nanoTime() - started) / 1e9, indexing.describe(), options.describe());
            return 0;
        }
    }
}
