package org.atlas1540.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints an unexpected failure as one line for the user, not a stack trace (set ATLAS_DEBUG=1 for one). */
final class FriendlyErrors implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        commandLine.getErr().println("atlas " + commandLine.getCommandName() + ": " + message);
        if (System.getenv("ATLAS_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
        }
        return 2;
    }
}
