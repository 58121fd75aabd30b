package org.atlas1540.cli;

import picocli.CommandLine.Command;

@Command(name = "atlas",
        mixinStandardHelpOptions = true,
        version = "Atlas 1540 0.1.0",
        description = "Atlas 1540: the record of work on UN Security Council resolution 1540 (2004).",
        subcommands = {ParseCommand.class, EvalCommand.class},
        commandListHeading = "%nCommands:%n")
final class AtlasCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
