package org.atlas1540.server;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Says in one line why a command could not run, instead of a stack trace: the most common causes
 * are a database already in use by another Atlas process, and a port already taken.
 */
final class StartFailures implements IExecutionExceptionHandler {
    static final int EXIT_CODE = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        command.getErr().println("atlas: " + command.getCommandName() + " could not run: " + explain(e));
        command.getErr().flush();
        return EXIT_CODE;
    }

    static String explain(Throwable e) {
        Throwable root = e;
        String lock = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
            String message = String.valueOf(t.getMessage());
            if (message.contains("Database may be already in use") || message.contains("The file is locked")) {
                lock = message;
            }
        }
        if (lock != null) {
            return "the database is in use by another process (is 'atlas serve' running on the same data folder?). "
                    + "Stop that process, or give another folder with --data.";
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }
}
