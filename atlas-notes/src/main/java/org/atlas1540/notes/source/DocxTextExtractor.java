package org.atlas1540.notes.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCComplianceFlags;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.atlas1540.notes.NoteReadException;

/**
 * Extracts the body text of a DOCX with POI, after {@link DocxPackageCheck} has vetted the ZIP
 * directory; the text itself is laid out by {@link DocxBodyWriter}.
 *
 * <p>The declared sizes checked by {@link DocxPackageCheck} can lie, so POI's own guard against zip
 * bombs, {@link ZipSecureFile}, is set to the same limits: it counts the bytes really inflated and
 * stops early. Its settings are static, JVM-wide fields of POI, not per call; they are therefore set
 * once, in this class's static initialiser (run once, thread-safely, before the first DOCX is read),
 * and only ever tightened: a stricter value set by other code in the same JVM is kept.
 */
final class DocxTextExtractor {
    static final String NO_TEXT = "the DOCX has no text";
    static final String TOO_COMPLEX = "the DOCX is too large or too complex to read";

    static {
        double minInflateRatio = 1.0 / DocxPackageCheck.MAX_INFLATE_RATIO;
        if (ZipSecureFile.getMinInflateRatio() < minInflateRatio) {
            ZipSecureFile.setMinInflateRatio(minInflateRatio);
        }
        if (ZipSecureFile.getMaxEntrySize() > DocxPackageCheck.MAX_EXPANDED_BYTES) {
            ZipSecureFile.setMaxEntrySize(DocxPackageCheck.MAX_EXPANDED_BYTES);
        }
        if (ZipSecureFile.getMaxFileCount() > DocxPackageCheck.MAX_ENTRIES) {
            ZipSecureFile.setMaxFileCount(DocxPackageCheck.MAX_ENTRIES);
        }
    }

    private DocxTextExtractor() {
    }

    static String extract(byte[] bytes) throws NoteReadException {
        DocxPackageCheck.check(bytes);
        OPCPackage pkg = null;
        try {
            // Compliance rules on the core properties part do not matter for reading text: accept more files.
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes), OPCComplianceFlags.disableAll());
            String text = new DocxBodyWriter(new XWPFDocument(pkg)).write();
            if (PlainTextDecoder.isBlank(text)) {
                throw new NoteReadException(NO_TEXT);
            }
            return text;
        } catch (IOException | InvalidFormatException | RuntimeException | LinkageError | StackOverflowError e) {
            throw new NoteReadException(messageFor(e), e);
        } catch (OutOfMemoryError e) {
            throw new NoteReadException(TOO_COMPLEX, e);
        } finally {
            if (pkg != null) {
                revertQuietly(pkg);
            }
        }
    }

    /** Drops the package without saving anything; it was read from memory and holds nothing to keep. */
    private static void revertQuietly(OPCPackage pkg) {
        try {
            pkg.revert();
        } catch (RuntimeException ignored) {
            // Nothing was written; the text, or the reason it could not be read, is already known.
        }
    }

    /** POI reports its zip bomb guard as an IOException, possibly wrapped: recognise it by its words. */
    private static String messageFor(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains("Zip bomb detected")) {
                return message.contains("MIN_INFLATE_RATIO") ? DocxPackageCheck.ZIP_BOMB
                        : DocxPackageCheck.EXPANDS_TOO_MUCH;
            }
        }
        return DocxPackageCheck.DAMAGED;
    }
}
