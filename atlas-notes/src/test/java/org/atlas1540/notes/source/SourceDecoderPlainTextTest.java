package org.atlas1540.notes.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.atlas1540.notes.NoteReadException;
import org.junit.jupiter.api.Test;

class SourceDecoderPlainTextTest {
    private static final String NOTE = "Information Note\r\n\r\nEvent\tRegional Workshop, C\u00f4te d\u2019Ivoire\n";

    private final SourceDecoder decoder = new SourceDecoder(SourceDecoder.DEFAULT_MAX_BYTES);

    @Test
    void decodesUtf8AndKeepsLineEndsAndTabsAsTheyAre() throws NoteReadException {
        DecodedSource decoded = decoder.decode(NOTE.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(NOTE);
        assertThat(decoded.mediaType()).isEqualTo(MediaTypes.TEXT_PLAIN);
    }

    @Test
    void decodesPlainAscii() throws NoteReadException {
        assertThat(decoder.decode("Belgrade, 9-10 May 2013".getBytes(StandardCharsets.US_ASCII)).text())
                .isEqualTo("Belgrade, 9-10 May 2013");
    }

    @Test
    void stripsTheUtf8ByteOrderMark() throws NoteReadException {
        byte[] body = NOTE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        assertThat(decoder.decode(withBom).text()).isEqualTo(NOTE);
    }

    @Test
    void decodesUtf16LittleEndianWithByteOrderMark() throws NoteReadException {
        byte[] bytes = ("\uFEFF" + NOTE).getBytes(StandardCharsets.UTF_16LE);
        assertThat(bytes[0]).isEqualTo((byte) 0xFF);

        assertThat(decoder.decode(bytes).text()).isEqualTo(NOTE);
    }

    @Test
    void decodesUtf16BigEndianWithByteOrderMark() throws NoteReadException {
        byte[] bytes = ("\uFEFF" + NOTE).getBytes(StandardCharsets.UTF_16BE);
        assertThat(bytes[0]).isEqualTo((byte) 0xFE);

        DecodedSource decoded = decoder.decode(bytes);

        assertThat(decoded.text()).isEqualTo(NOTE);
        assertThat(decoded.mediaType()).isEqualTo(MediaTypes.TEXT_PLAIN);
    }

    @Test
    void fallsBackToWindows1252WhenTheBytesAreNotUtf8() throws NoteReadException {
        byte[] bytes = {'C', 'a', 'f', (byte) 0xE9, ' ', 'd', (byte) 0x92, 'I', 'v', 'o', 'i', 'r', 'e'};

        assertThat(decoder.decode(bytes).text()).isEqualTo("Caf\u00e9 d\u2019Ivoire");
    }

    @Test
    void keepsAReplacementCharacterWrittenInValidUtf8() throws NoteReadException {
        String text = "Caf\uFFFD d\u2019Ivoire";

        assertThat(decoder.decode(text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(text);
    }

    @Test
    void fallsBackToWindows1252WhenBytesThatAreNotUtf8AlsoHoldAReplacementCharacter() throws NoteReadException {
        byte[] bytes = {'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

        assertThat(decoder.decode(bytes).text()).isEqualTo("Caf\u00e9 \u00ef\u00bf\u00bd");
    }

    @Test
    void refusesUtf16WithoutByteOrderMarkAsBinary() {
        byte[] bytes = NOTE.getBytes(StandardCharsets.UTF_16LE);

        assertThatThrownBy(() -> decoder.decode(bytes))
                .isInstanceOf(NoteReadException.class)
                .hasMessage("the file is binary, not text, PDF or DOCX");
    }

    @Test
    void refusesTextFullOfControlCharactersAsBinary() {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }

        assertThatThrownBy(() -> decoder.decode(bytes)).hasMessage("the file is binary, not text, PDF or DOCX");
    }

    @Test
    void acceptsAStrayControlCharacterInLongText() throws NoteReadException {
        String text = "Workshop report".repeat(10) + "\u001A";

        assertThat(decoder.decode(text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(text);
    }

    @Test
    void refusesWhitespaceOnlyText() {
        byte[] bytes = " \t\r\n \u00a0\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> decoder.decode(bytes)).hasMessage("the file holds only white space, no text");
    }

    @Test
    void refusesAByteOrderMarkAlone() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        assertThatThrownBy(() -> decoder.decode(bytes)).hasMessage("the file holds only white space, no text");
    }

    @Test
    void refusesBrokenUtf16() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'A', 0, 0x00, (byte) 0xD8, 'B', 0};

        assertThatThrownBy(() -> decoder.decode(bytes))
                .hasMessage("the file starts with a UTF-16 byte order mark but is not valid UTF-16 text");
    }

    @Test
    void takesTheFormatFromTheContentNotFromWhatTheTextSays() throws NoteReadException {
        byte[] bytes = "Attached: report.pdf and annex.docx (PK)".getBytes(StandardCharsets.UTF_8);

        assertThat(decoder.decode(bytes).mediaType()).isEqualTo(MediaTypes.TEXT_PLAIN);
    }
}
