package org.atlas1540.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class SharedFilesTest {
    @TempDir
    Path dir;

    @Test
    void anExistingFileIsReturnedAsItIs() throws IOException {
        Path file = Files.writeString(dir.resolve("organisations.csv"), "id\n");

        assertThat(SharedFiles.require(file, false)).isEqualTo(file);
        assertThat(SharedFiles.require(file, true)).isEqualTo(file);
    }

    @Test
    void aMissingFileSkipsTheTestOutsideCi() {
        Path missing = dir.resolve("missing.csv");

        assertThatThrownBy(() -> SharedFiles.require(missing, false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("../shared is absent")
                .hasMessageContaining("missing.csv");
    }

    @Test
    void aMissingFileFailsTheTestOnCi() {
        Path missing = dir.resolve("missing.csv");

        assertThatThrownBy(() -> SharedFiles.require(missing, true))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("../shared is absent")
                .hasMessageContaining("CI=true");
    }

    @Test
    void sharedFoldersAreBesideTheRepository() {
        assertThat(SharedFiles.samples()).isEqualTo(Path.of("..", "..", "shared", "samples"));
        assertThat(SharedFiles.reference()).isEqualTo(Path.of("..", "..", "shared", "reference"));
    }
}
