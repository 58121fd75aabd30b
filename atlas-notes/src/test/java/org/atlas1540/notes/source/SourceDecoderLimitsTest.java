package org.atlas1540.notes.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.atlas1540.notes.NoteReadException;
import org.junit.jupiter.api.Test;

class SourceDecoderLimitsTest {
    private static final int MB = 1024 * 1024;

    private final SourceDecoder decoder = new SourceDecoder(SourceDecoder.DEFAULT_MAX_BYTES);

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> decoder.decode(new byte[0]))
                .isInstanceOf(NoteReadException.class)
                .hasMessage("the file is empty");
    }

    @Test
    void refusesAFileLargerThanTheLimitSayingBothSizes() {
        byte[] fiftyMegabytes = new byte[50 * MB];

        assertThatThrownBy(() -> decoder.decode(fiftyMegabytes))
                .hasMessage("the file is 50.0 MB; the limit for a note is 20.0 MB");
    }

    @Test
    void checksTheSizeBeforeParsing() {
        byte[] pdfLooking = new byte[21 * MB];
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, pdfLooking, 0, header.length);

        assertThatThrownBy(() -> decoder.decode(pdfLooking))
                .hasMessage("the file is 21.0 MB; the limit for a note is 20.0 MB");
    }

    @Test
    void roundsTheSizeOfAFileJustOverTheLimitUp() {
        byte[] justOver = new byte[20 * MB + 1];

        assertThatThrownBy(() -> decoder.decode(justOver))
                .hasMessage("the file is 20.1 MB; the limit for a note is 20.0 MB");
    }

    @Test
    void acceptsAFileExactlyAtTheLimit() throws NoteReadException {
        byte[] text = new byte[1000];
        Arrays.fill(text, (byte) 'a');

        assertThat(new SourceDecoder(1000).decode(text).text()).hasSize(1000);
    }

    @Test
    void writesSmallLimitsInKilobytes() {
        assertThatThrownBy(() -> new SourceDecoder(2048).decode(new byte[4096]))
                .hasMessage("the file is 4.0 KB; the limit for a note is 2.0 KB");
    }

    @Test
    void refusesANonPositiveLimit() {
        assertThatThrownBy(() -> new SourceDecoder(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
