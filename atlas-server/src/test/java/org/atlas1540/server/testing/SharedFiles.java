package org.atlas1540.server.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The project's {@code shared/} folder beside the repository: the sample notes. A test that needs
 * them is skipped when the folder is absent, except on CI ({@code CI=true}), where it fails: there
 * the folder is always provided and a silent skip would hide a broken set-up. (The same rule as
 * atlas-notes' test class of the same name, which is not exported in a test jar.)
 */
public final class SharedFiles {
    /** Maven runs a module's tests in the module's directory, one level below the repository root. */
    private static final Path SAMPLES = Path.of("..", "..", "shared", "samples");

    private SharedFiles() {
    }

    /** A sample note, such as {@code belgrade-2013-05.txt}. */
    public static Path sample(String name) {
        return require(SAMPLES.resolve(name));
    }

    public static byte[] sampleBytes(String name) {
        try {
            return Files.readAllBytes(sample(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path require(Path path) {
        if (Files.exists(path)) {
            return path;
        }
        String message = "../shared is absent: " + path + " does not exist (looked in "
                + path.toAbsolutePath().normalize() + ")";
        if ("true".equals(System.getenv("CI"))) {
            return fail(message + "; CI=true, so this is a failure, not a skip");
        }
        Assumptions.abort(message);
        return path;
    }
}
