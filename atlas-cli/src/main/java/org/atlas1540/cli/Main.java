package org.atlas1540.cli;

import picocli.CommandLine;

/** The entry point of the {@code atlas} command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        System.exit(run(args));
    }

    /**
     * PDFBox and POI log what they find wrong in a damaged file; the reader already turns that into
     * one clear message per file, so their log lines would only be noise on a user's terminal.
     */
    private static void quietLibraryLogging() {
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        System.setProperty("org.apache.logging.log4j.level", "OFF");
        java.util.logging.LogManager.getLogManager().reset();
    }

    static int run(String... args) {
        return new CommandLine(new AtlasCommand())
                .setExecutionExceptionHandler(new FriendlyErrors())
                .execute(args);
    }
}
