package org.atlas1540.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that {@code serve} and {@code import} share: where the data is. */
final class ServerOptions {
    private static final String POSTGRES_URL = "jdbc:postgresql:";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Folder of the H2 database and the search index, created on first use "
                    + "(default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "A PostgreSQL database instead of H2, such as jdbc:postgresql://localhost/atlas. "
                    + "User and password come from SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.")
    String db;

    @Option(names = "--search", paramLabel = "ENGINE", description = "Which index answers searches: lucene "
            + "(the default: an index in the data folder, with either database) or postgres (PostgreSQL's own "
            + "full-text search, in the database; with --db only).")
    String search;

    /** Spring Boot command-line arguments: the highest-priority property source. */
    List<String> springArguments() {
        var args = new ArrayList<String>();
        if (db != null) {
            args.add("--spring.datasource.url=" + db);
        }
        if (search != null) {
            args.add("--atlas.search.engine=" + search);
        }
        Path dir = data.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + dir, e);
        }
        args.add("--atlas.data-dir=" + dir);
        return args;
    }

    /** The postgres profile, for a PostgreSQL URL given here or in SPRING_DATASOURCE_URL. */
    boolean postgres() {
        String url = db != null ? db : System.getenv("SPRING_DATASOURCE_URL");
        return url != null && url.startsWith(POSTGRES_URL);
    }

    String describe() {
        return db != null ? db : data.toAbsolutePath().normalize().toString();
    }
}
