package org.atlas1540.cli;

import picocli.CommandLine;

/** The entry point of the {@code atlas} command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new AtlasCommand())
                .setExecutionExceptionHandler(new FriendlyErrors())
                .execute(args);
    }
}
