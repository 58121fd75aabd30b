package org.atlas1540.notes.source;

import java.nio.charset.StandardCharsets;

/**
 * Names what an OLE2 compound file (magic {@code D0 CF 11 E0}) most likely is, from the stream
 * names in its directory (stored as UTF-16LE). Word 97-2003 documents are the usual case for notes
 * and the default answer; a DOCX with a password is also stored as an OLE2 file.
 */
final class OleFiles {
    private static final byte[] ENCRYPTED_PACKAGE = utf16le("EncryptedPackage");
    private static final byte[] WORD_DOCUMENT = utf16le("WordDocument");
    private static final byte[] WORKBOOK = utf16le("Workbook");
    private static final byte[] POWERPOINT = utf16le("PowerPoint Document");

    static final String WORD_97 = "the file is a Word 97-2003 .doc file: save it as DOCX or PDF";

    private OleFiles() {
    }

    /** A message for the user, refusing the OLE2 file {@code bytes}. */
    static String describe(byte[] bytes) {
        if (FormatSniffer.indexOf(bytes, ENCRYPTED_PACKAGE) >= 0) {
            return "the file is an Office document encrypted with a password: remove the password and save it as DOCX";
        }
        if (FormatSniffer.indexOf(bytes, WORD_DOCUMENT) >= 0) {
            return WORD_97;
        }
        if (FormatSniffer.indexOf(bytes, WORKBOOK) >= 0) {
            return "the file is an Excel 97-2003 .xls workbook, not a note";
        }
        if (FormatSniffer.indexOf(bytes, POWERPOINT) >= 0) {
            return "the file is a PowerPoint 97-2003 .ppt presentation, not a note";
        }
        return WORD_97;
    }

    private static byte[] utf16le(String s) {
        return s.getBytes(StandardCharsets.UTF_16LE);
    }
}
