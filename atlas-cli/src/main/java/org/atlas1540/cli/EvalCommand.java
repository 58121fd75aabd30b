package org.atlas1540.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder removed when the evaluation scorer lands. */
@Command(name = "eval", hidden = true)
final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 2;
    }
}
