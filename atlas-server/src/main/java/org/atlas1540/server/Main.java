package org.atlas1540.server;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The entry point of the server jar: {@code serve}, {@code import}, {@code reindex}, {@code generate} or {@code user}. */
@Command(name = "atlas", mixinStandardHelpOptions = true, version = "Atlas 1540 0.1.0",
        description = "Atlas 1540 server commands.",
        subcommands = {ServeCommand.class, ImportCommand.class, ReindexCommand.class,
                GenerateCommand.class, UserCommand.class},
        commandListHeading = "%nCommands:%n")
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = new CommandLine(new Main()).setExecutionExceptionHandler(new StartFailures()).execute(args);
        System.exit(code);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
