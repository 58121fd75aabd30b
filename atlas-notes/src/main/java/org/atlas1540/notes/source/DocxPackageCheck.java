package org.atlas1540.notes.source;

import java.nio.charset.StandardCharsets;

import org.atlas1540.notes.NoteReadException;

/**
 * Decides from its central directory, before anything is inflated, whether a ZIP archive is a DOCX
 * that is safe to open. A DOCX is a ZIP holding {@value #MAIN_PART}; other Office and OpenDocument
 * packages, and any other ZIP, are refused by name. A DOCX is refused as a zip bomb when its parts
 * would expand to more than {@value #MAX_EXPANDED_MB} MB in all, when one part larger than
 * {@value #RATIO_GRACE_BYTES} bytes expands more than {@value #MAX_INFLATE_RATIO} times its
 * compressed size, or when it has more than {@value #MAX_ENTRIES} parts.
 */
final class DocxPackageCheck {
    static final String MAIN_PART = "word/document.xml";

    static final int MAX_ENTRIES = 1_000;
    static final long MAX_EXPANDED_MB = 64;
    static final long MAX_EXPANDED_BYTES = MAX_EXPANDED_MB * 1024 * 1024;
    static final int MAX_INFLATE_RATIO = 100;
    static final long RATIO_GRACE_BYTES = 100 * 1024;

    static final String DAMAGED = "the DOCX is damaged and cannot be read";
    static final String DAMAGED_ZIP = "the file is a damaged ZIP archive, not a DOCX";
    static final String EXPANDS_TOO_MUCH = "the DOCX expands to more than " + MAX_EXPANDED_MB + " MB";
    static final String ZIP_BOMB = "the DOCX looks like a zip bomb: a part expands more than "
            + MAX_INFLATE_RATIO + " times its compressed size";
    static final String NOT_DOCX = "the file is a ZIP archive, not a DOCX";
    static final String XLSX = "the file is an Excel workbook (XLSX), not a DOCX";
    static final String PPTX = "the file is a PowerPoint presentation (PPTX), not a DOCX";
    static final String OPEN_DOCUMENT = "the file is an OpenDocument file (ODT, ODS...): save it as DOCX or PDF";

    private static final byte[] MAIN_PART_BYTES = MAIN_PART.getBytes(StandardCharsets.US_ASCII);

    private DocxPackageCheck() {
    }

    /** Returns normally if {@code zip} is a DOCX within the limits; otherwise says why not. */
    static void check(byte[] zip) throws NoteReadException {
        ZipDirectory directory;
        try {
            directory = ZipDirectory.read(zip, MAX_ENTRIES);
        } catch (ZipDirectory.DamagedZipException e) {
            // The local headers still name the parts: a truncated DOCX shows its main part's name.
            throw new NoteReadException(FormatSniffer.indexOf(zip, MAIN_PART_BYTES) >= 0 ? DAMAGED : DAMAGED_ZIP);
        } catch (ZipDirectory.TooManyEntriesException e) {
            throw new NoteReadException("the ZIP archive holds " + e.count() + " files; a DOCX note has far fewer");
        }
        if (!directory.contains(MAIN_PART)) {
            throw new NoteReadException(describeOther(directory));
        }
        long expanded = 0;
        for (ZipDirectory.Entry entry : directory.entries()) {
            long size = entry.uncompressedSize();
            expanded = size > MAX_EXPANDED_BYTES ? size : expanded + size;
            if (expanded > MAX_EXPANDED_BYTES) {
                throw new NoteReadException(EXPANDS_TOO_MUCH);
            }
            if (size > RATIO_GRACE_BYTES && size > entry.compressedSize() * MAX_INFLATE_RATIO) {
                throw new NoteReadException(ZIP_BOMB);
            }
        }
    }

    private static String describeOther(ZipDirectory directory) {
        if (directory.contains("xl/workbook.xml") || directory.containsPrefix("xl/")) {
            return XLSX;
        }
        if (directory.contains("ppt/presentation.xml") || directory.containsPrefix("ppt/")) {
            return PPTX;
        }
        if (directory.contains("mimetype") && directory.contains("content.xml")) {
            return OPEN_DOCUMENT;
        }
        return NOT_DOCX;
    }
}
