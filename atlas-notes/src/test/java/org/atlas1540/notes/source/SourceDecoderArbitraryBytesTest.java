package org.atlas1540.notes.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.atlas1540.notes.NoteReadException;
import org.atlas1540.notes.source.TestPdfs.Page;
import org.junit.jupiter.api.Test;

/**
 * Damaged versions of valid files and random bytes: whatever comes in, the only exception that
 * leaves the decoder is a NoteReadException with a message in plain words.
 */
class SourceDecoderArbitraryBytesTest {
    private static final int ROUNDS = 150;

    private final SourceDecoder decoder = new SourceDecoder(SourceDecoder.DEFAULT_MAX_BYTES);

    @Test
    void damagedPdfsFailOnlyWithAPlainMessage() {
        byte[] pdf = TestPdfs.pdf(Page.of("Information Note", "Belgrade").withFooter("1"), Page.of("Highlights"));
        decodeMutations(pdf, new Random(1540));
    }

    @Test
    void damagedDocxFilesFailOnlyWithAPlainMessage() {
        decodeMutations(TestDocx.informationNote(), new Random(2004));
    }

    @Test
    void damagedTextFailsOnlyWithAPlainMessage() {
        byte[] text = "Information Note\nEvent\tRegional Workshop in C\u00f4te d\u2019Ivoire\n"
                .getBytes(StandardCharsets.UTF_8);
        decodeMutations(text, new Random(1977));
    }

    @Test
    void randomBytesFailOnlyWithAPlainMessage() {
        Random random = new Random(42);
        for (int i = 0; i < ROUNDS; i++) {
            byte[] bytes = new byte[1 + random.nextInt(4096)];
            random.nextBytes(bytes);
            decodeOrRefuse(bytes);
        }
    }

    private void decodeMutations(byte[] original, Random random) {
        for (int i = 0; i < ROUNDS; i++) {
            byte[] bytes;
            switch (i % 3) {
                case 0 -> bytes = Arrays.copyOf(original, 1 + random.nextInt(original.length));
                case 1 -> {
                    bytes = original.clone();
                    for (int flips = 1 + random.nextInt(20); flips > 0; flips--) {
                        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                    }
                }
                default -> {
                    bytes = original.clone();
                    int from = random.nextInt(bytes.length);
                    int length = Math.min(bytes.length - from, 1 + random.nextInt(512));
                    Arrays.fill(bytes, from, from + length, (byte) random.nextInt(256));
                }
            }
            decodeOrRefuse(bytes);
        }
    }

    private void decodeOrRefuse(byte[] bytes) {
        try {
            DecodedSource decoded = decoder.decode(bytes);
            assertThat(decoded.text()).isNotBlank();
        } catch (NoteReadException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("Exception", "org.", "\n");
        }
    }
}
