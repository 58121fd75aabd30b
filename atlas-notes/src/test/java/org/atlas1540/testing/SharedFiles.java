package org.atlas1540.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the project's {@code shared/} folder, which lies beside the repository ({@code ../shared}
 * from its root) and is not part of it: sample notes and the seed reference files.
 *
 * <p>A test that needs a shared file asks {@link #require(Path)} for it. On a developer's machine
 * without {@code ../shared} the test is skipped; on CI ({@code CI=true}) it fails instead, because
 * there the folder is always provided and a silent skip would hide a broken set-up.
 */
public final class SharedFiles {
    /** Maven runs a module's tests in the module's directory, one level below the repository root. */
    private static final Path SHARED = Path.of("..", "..", "shared");

    private SharedFiles() {
    }

    /** The sample information notes ({@code ../shared/samples}). */
    public static Path samples() {
        return SHARED.resolve("samples");
    }

    /** The seed reference files ({@code ../shared/reference}). */
    public static Path reference() {
        return SHARED.resolve("reference");
    }

    /** Returns the path if it exists; otherwise skips the calling test, or fails it on CI. */
    public static Path require(Path path) {
        return require(path, "true".equals(System.getenv("CI")));
    }

    static Path require(Path path, boolean onCi) {
        if (Files.exists(path)) {
            return path;
        }
        String message = "../shared is absent: " + path + " does not exist (looked in "
                + path.toAbsolutePath().normalize() + ")";
        if (onCi) {
            return fail(message + "; CI=true, so this is a failure, not a skip");
        }
        Assumptions.abort(message);
        return path; // not reached: abort throws
    }
}
