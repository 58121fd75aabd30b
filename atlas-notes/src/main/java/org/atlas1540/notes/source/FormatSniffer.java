package org.atlas1540.notes.source;

import java.nio.charset.StandardCharsets;

import org.atlas1540.notes.NoteReadException;

/**
 * Tells the format of a file from its first bytes (its "magic"), never from its name. Recognises
 * the two document formats a note may come in (PDF, and ZIP for a possible DOCX) and refuses, with a
 * message naming them, the common formats that cannot be a note: images, legacy Office files,
 * archives and RTF. Everything else is handed to the plain text decoder, which makes its own checks.
 */
final class FormatSniffer {

    /** What the first bytes say. */
    enum Format {
        PDF, ZIP, TEXT
    }

    /** A PDF header may follow some junk; readers accept it within the first 1024 bytes. */
    static final int PDF_HEADER_WINDOW = 1024;

    private static final byte[] PDF_MAGIC = ascii("%PDF-");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = ascii("GIF87a");
    private static final byte[] GIF89 = ascii("GIF89a");
    private static final byte[] TIFF_LE = {'I', 'I', 0x2A, 0x00};
    private static final byte[] TIFF_BE = {'M', 'M', 0x00, 0x2A};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
        (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP_LOCAL = {'P', 'K', 0x03, 0x04};
    private static final byte[] ZIP_EMPTY = {'P', 'K', 0x05, 0x06};
    private static final byte[] ZIP_SPANNED = {'P', 'K', 0x07, 0x08};
    private static final byte[] GZIP = {0x1F, (byte) 0x8B};
    private static final byte[] SEVEN_ZIP = {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C};
    private static final byte[] RAR = {'R', 'a', 'r', '!', 0x1A, 0x07};
    private static final byte[] RTF = ascii("{\\rtf");

    private FormatSniffer() {
    }

    /**
     * The magics that sit at offset 0 are tested first: they are exact, while a PDF header is looked
     * for anywhere in the first {@value #PDF_HEADER_WINDOW} bytes (a ZIP holding a PDF is a ZIP).
     */
    static Format sniff(byte[] bytes) throws NoteReadException {
        if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY) || startsWith(bytes, ZIP_SPANNED)) {
            return Format.ZIP;
        }
        if (startsWith(bytes, OLE2)) {
            throw new NoteReadException(OleFiles.describe(bytes));
        }
        if (startsWith(bytes, PNG)) {
            throw notANote("a PNG image");
        }
        if (startsWith(bytes, JPEG)) {
            throw notANote("a JPEG image");
        }
        if (startsWith(bytes, GIF87) || startsWith(bytes, GIF89)) {
            throw notANote("a GIF image");
        }
        if (startsWith(bytes, TIFF_LE) || startsWith(bytes, TIFF_BE)) {
            throw notANote("a TIFF image");
        }
        if (startsWith(bytes, GZIP)) {
            throw new NoteReadException("the file is a gzip archive: unpack it first");
        }
        if (startsWith(bytes, SEVEN_ZIP)) {
            throw new NoteReadException("the file is a 7-Zip archive: unpack it first");
        }
        if (startsWith(bytes, RAR)) {
            throw new NoteReadException("the file is a RAR archive: unpack it first");
        }
        if (startsWith(bytes, RTF)) {
            throw new NoteReadException("the file is an RTF document: save it as DOCX or PDF");
        }
        if (hasPdfHeader(bytes)) {
            return Format.PDF;
        }
        return Format.TEXT;
    }

    private static NoteReadException notANote(String what) {
        return new NoteReadException("the file is " + what + ", not text, PDF or DOCX");
    }

    /** "%PDF-" followed by a digit, within the first {@value #PDF_HEADER_WINDOW} bytes. */
    private static boolean hasPdfHeader(byte[] bytes) {
        int last = Math.min(bytes.length - PDF_MAGIC.length - 1, PDF_HEADER_WINDOW - PDF_MAGIC.length);
        for (int i = 0; i <= last; i++) {
            if (bytes[i] == '%' && regionMatches(bytes, i, PDF_MAGIC)) {
                byte version = bytes[i + PDF_MAGIC.length];
                if (version >= '0' && version <= '9') {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return regionMatches(bytes, 0, prefix);
    }

    static boolean regionMatches(byte[] bytes, int offset, byte[] expected) {
        if (offset < 0 || bytes.length - offset < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code needle} first occurs in {@code bytes}, or -1. */
    static int indexOf(byte[] bytes, byte[] needle) {
        if (needle.length == 0) {
            return 0;
        }
        byte first = needle[0];
        int last = bytes.length - needle.length;
        for (int i = 0; i <= last; i++) {
            if (bytes[i] == first && regionMatches(bytes, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
