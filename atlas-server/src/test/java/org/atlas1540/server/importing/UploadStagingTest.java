package org.atlas1540.server.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.atlas1540.server.testing.TestData;
import org.junit.jupiter.api.Test;

class UploadStagingTest {
    private static final byte[] NOTE = "Information Note\n".getBytes(StandardCharsets.UTF_8);
    private static final String SHA = NoteImporter.sha256(NOTE);

    @Test
    void keptBytesAreGivenBackByTheirSha256() {
        var staging = new UploadStaging(TestData.newDirectory("staging"), Clock.systemUTC());

        staging.keep(SHA, NOTE);

        assertThat(staging.take(SHA)).hasValue(NOTE);
    }

    @Test
    void anythingButASha256ReachesNoFile() {
        var staging = new UploadStaging(TestData.newDirectory("staging"), Clock.systemUTC());
        staging.keep(SHA, NOTE);

        assertThat(staging.take("../" + SHA)).isEmpty();
        assertThat(staging.take(SHA.toUpperCase())).isEmpty();
        assertThat(staging.take(null)).isEmpty();
    }

    @Test
    void aKeptFileWhoseBytesChangedIsNotGivenBack() throws Exception {
        Path folder = TestData.newDirectory("staging");
        var staging = new UploadStaging(folder, Clock.systemUTC());
        staging.keep(SHA, NOTE);

        Files.writeString(folder.resolve(SHA + ".note"), "something else");

        assertThat(staging.take(SHA)).isEmpty();
    }

    @Test
    void filesOlderThanADayGoWhenTheNextUploadIsKept() throws Exception {
        Path folder = TestData.newDirectory("staging");
        Instant now = Instant.parse("2026-01-10T12:00:00Z");
        new UploadStaging(folder, Clock.fixed(now, ZoneOffset.UTC)).keep(SHA, NOTE);
        Files.setLastModifiedTime(folder.resolve(SHA + ".note"),
                java.nio.file.attribute.FileTime.from(now.minus(UploadStaging.KEPT).minus(Duration.ofMinutes(1))));

        byte[] other = "Information Note 2\n".getBytes(StandardCharsets.UTF_8);
        new UploadStaging(folder, Clock.fixed(now, ZoneOffset.UTC)).keep(NoteImporter.sha256(other), other);

        assertThat(Files.exists(folder.resolve(SHA + ".note"))).isFalse();
        assertThat(Files.exists(folder.resolve(NoteImporter.sha256(other) + ".note"))).isTrue();
    }

    @Test
    void aConfirmationTokenIsBoundToTheFileAndItsName() {
        var tokens = new ConfirmTokens();
        String token = tokens.sign(SHA, "note.txt");

        assertThat(tokens.verify(SHA, "note.txt", token)).isTrue();
        assertThat(tokens.verify(SHA, "other.txt", token)).isFalse();
        assertThat(tokens.verify("0".repeat(64), "note.txt", token)).isFalse();
        assertThat(new ConfirmTokens().verify(SHA, "note.txt", token)).isFalse();
        assertThat(tokens.verify(SHA, "note.txt", null)).isFalse();
    }

    @Test
    void anUploadedFileNameKeepsItsLastPartOnly() {
        assertThat(Upload.fileName("C:\\Users\\me\\note.txt")).isEqualTo("note.txt");
        assertThat(Upload.fileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Upload.fileName("a\u0000b\n.txt")).isEqualTo("ab.txt");
        assertThat(Upload.fileName("..")).isEqualTo("note");
        assertThat(Upload.fileName(null)).isEqualTo("note");
        assertThat(Upload.fileName("x".repeat(300))).hasSize(200);
    }
}
