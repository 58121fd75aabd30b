package org.atlas1540.notes.source;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;

import org.atlas1540.notes.NoteReadException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Formats recognised by their magic bytes that cannot be a note, each refused with its own message. */
class SourceDecoderRefusedFormatsTest {
    private final SourceDecoder decoder = new SourceDecoder(SourceDecoder.DEFAULT_MAX_BYTES);

    static Stream<Arguments> refusedFormats() {
        return Stream.of(
                Arguments.of("PNG", header(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'),
                        "the file is a PNG image, not text, PDF or DOCX"),
                Arguments.of("JPEG", header(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'),
                        "the file is a JPEG image, not text, PDF or DOCX"),
                Arguments.of("GIF", ascii("GIF89a\u0001\u0000\u0001\u0000"),
                        "the file is a GIF image, not text, PDF or DOCX"),
                Arguments.of("TIFF", header('I', 'I', 0x2A, 0, 8, 0, 0, 0),
                        "the file is a TIFF image, not text, PDF or DOCX"),
                Arguments.of("OLE2 header", ole2(""),
                        "the file is a Word 97-2003 .doc file: save it as DOCX or PDF"),
                Arguments.of("Word 97-2003", ole2("WordDocument"),
                        "the file is a Word 97-2003 .doc file: save it as DOCX or PDF"),
                Arguments.of("Excel 97-2003", ole2("Workbook"),
                        "the file is an Excel 97-2003 .xls workbook, not a note"),
                Arguments.of("password-protected DOCX", ole2("EncryptedPackage"),
                        "the file is an Office document encrypted with a password: remove the password and save it as DOCX"),
                Arguments.of("gzip", header(0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0),
                        "the file is a gzip archive: unpack it first"),
                Arguments.of("7-Zip", header('7', 'z', 0xBC, 0xAF, 0x27, 0x1C, 0, 4),
                        "the file is a 7-Zip archive: unpack it first"),
                Arguments.of("RAR", header('R', 'a', 'r', '!', 0x1A, 0x07, 0),
                        "the file is a RAR archive: unpack it first"),
                Arguments.of("RTF", ascii("{\\rtf1\\ansi Information Note}"),
                        "the file is an RTF document: save it as DOCX or PDF"),
                Arguments.of("ZIP of other files", TestDocx.zip("report.txt", "Information note"),
                        "the file is a ZIP archive, not a DOCX"),
                Arguments.of("XLSX", TestDocx.zip("[Content_Types].xml", TestDocx.CONTENT_TYPES,
                                "xl/workbook.xml", "<workbook/>"),
                        "the file is an Excel workbook (XLSX), not a DOCX"),
                Arguments.of("PPTX", TestDocx.zip("[Content_Types].xml", TestDocx.CONTENT_TYPES,
                                "ppt/presentation.xml", "<presentation/>"),
                        "the file is a PowerPoint presentation (PPTX), not a DOCX"),
                Arguments.of("ODT", TestDocx.zip("mimetype", "application/vnd.oasis.opendocument.text",
                                "content.xml", "<office:document-content/>"),
                        "the file is an OpenDocument file (ODT, ODS...): save it as DOCX or PDF"),
                Arguments.of("ZIP holding a PDF", TestDocx.storedZip("note.pdf",
                                TestPdfs.pdf(TestPdfs.Page.of("Information Note"))),
                        "the file is a ZIP archive, not a DOCX"),
                Arguments.of("empty ZIP", header('P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                        "the file is a ZIP archive, not a DOCX"),
                Arguments.of("truncated ZIP", Arrays.copyOf(TestDocx.zip("a.txt", "x".repeat(500)), 40),
                        "the file is a damaged ZIP archive, not a DOCX"),
                Arguments.of("executable", header(0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0),
                        "the file is binary, not text, PDF or DOCX"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFormats")
    void refusesWithAMessageNamingTheFormat(String format, byte[] bytes, String message) {
        assertThatThrownBy(() -> decoder.decode(bytes))
                .isInstanceOf(NoteReadException.class)
                .hasMessage(message);
    }

    private static byte[] header(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** An OLE2 header followed, further on, by a directory entry name in UTF-16LE. */
    private static byte[] ole2(String streamName) {
        byte[] bytes = new byte[1024];
        byte[] magic = header(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        byte[] name = streamName.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, bytes, 512, name.length);
        return bytes;
    }
}
