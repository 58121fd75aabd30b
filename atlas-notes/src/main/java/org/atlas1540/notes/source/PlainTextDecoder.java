package org.atlas1540.notes.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.atlas1540.notes.NoteReadException;

/**
 * Decodes a plain text file. UTF-16 is recognised only by its byte order mark; otherwise the bytes
 * are decoded strictly as UTF-8 (a UTF-8 byte order mark is dropped) and, if they are not valid
 * UTF-8, as Windows-1252, the usual encoding of older Western text files. The text is otherwise kept
 * as it is: line ends and spaces are normalised later, elsewhere.
 *
 * <p>Refuses binary content: a NUL byte outside UTF-16, or more than one control character in
 * {@value #CONTROL_SHARE_LIMIT} (tab, line feed, vertical tab, form feed and carriage return are
 * text). Also refuses a file holding only white space.
 *
 * <p>Plain ASCII and UTF-8 notes are the hot path: one scan of the bytes, then one decode.
 */
final class PlainTextDecoder {
    static final String BINARY = "the file is binary, not text, PDF or DOCX";
    static final String WHITESPACE_ONLY = "the file holds only white space, no text";
    static final String BAD_UTF16 = "the file starts with a UTF-16 byte order mark but is not valid UTF-16 text";

    /** A file is binary when more than one character in this many is a control character. */
    static final int CONTROL_SHARE_LIMIT = 20;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PlainTextDecoder() {
    }

    static String decode(byte[] bytes) throws NoteReadException {
        String text;
        if (startsWith(bytes, 0xFF, 0xFE)) {
            text = decodeUtf16(bytes, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = decodeUtf16(bytes, StandardCharsets.UTF_16BE);
        } else {
            text = decodeBytes(bytes, startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0);
        }
        if (isBlank(text)) {
            throw new NoteReadException(WHITESPACE_ONLY);
        }
        return text;
    }

    private static String decodeBytes(byte[] bytes, int start) throws NoteReadException {
        int length = bytes.length - start;
        int controls = 0;
        int undefinedIn1252 = 0;
        boolean ascii = true;
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 || b == 0x7F) {
                if (b == 0) {
                    throw new NoteReadException(BINARY);
                }
                if (!isTextControl(b)) {
                    controls++;
                }
            } else if (b >= 0x80) {
                ascii = false;
                if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                    undefinedIn1252++;
                }
            }
        }
        if (tooManyControls(controls, length)) {
            throw new NoteReadException(BINARY);
        }
        if (ascii) {
            // ASCII is valid UTF-8, and Latin-1 decoding of it is a plain copy into a compact string.
            return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
        }
        // The String constructor is the fast decoder, but it replaces malformed input with U+FFFD
        // where the strict decoder refuses it: without a U+FFFD in its result the bytes were valid
        // UTF-8 and the strict decoder would give the same text; with one, the strict decoder decides.
        String lenient = new String(bytes, start, length, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        try {
            return strictDecoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, start, length)).toString();
        } catch (CharacterCodingException notUtf8) {
            if (tooManyControls(controls + undefinedIn1252, length)) {
                throw new NoteReadException(BINARY);
            }
            return new String(bytes, start, length, WINDOWS_1252);
        }
    }

    private static String decodeUtf16(byte[] bytes, Charset charset) throws NoteReadException {
        String text;
        try {
            text = strictDecoder(charset).decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString();
        } catch (CharacterCodingException e) {
            throw new NoteReadException(BAD_UTF16);
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && !isTextControl(c)) || c == 0x7F) {
                controls++;
            }
        }
        if (tooManyControls(controls, text.length())) {
            throw new NoteReadException(BINARY);
        }
        return text;
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isTextControl(int c) {
        return c >= 0x09 && c <= 0x0D;
    }

    private static boolean tooManyControls(int controls, int length) {
        return controls > 0 && (long) controls * CONTROL_SHARE_LIMIT > length;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** True when the text has no visible character: white space, no-break spaces and BOMs only. */
    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }
}
