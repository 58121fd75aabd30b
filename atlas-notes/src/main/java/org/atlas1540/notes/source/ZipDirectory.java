package org.atlas1540.notes.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The central directory of a ZIP archive held in memory, read without inflating anything: the name
 * and declared sizes of each entry. It lets a DOCX be told from other ZIP files, and a zip bomb be
 * refused, before any library unpacks a byte.
 *
 * <p>Declared sizes may lie; they are a fast first check, and the ZIP reader that really inflates
 * the entries enforces its own limits. A size field holding the ZIP64 marker {@code 0xFFFFFFFF} is
 * taken as "at least 4 GB", which is enough to refuse it without reading ZIP64 extra fields.
 */
final class ZipDirectory {
    /** Thrown when the archive has no readable central directory. */
    static final class DamagedZipException extends Exception {
        private static final long serialVersionUID = 1L;

        DamagedZipException(String message) {
            super(message, null, false, false);
        }
    }

    /** Thrown when the archive declares more entries than allowed. */
    static final class TooManyEntriesException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int count;

        TooManyEntriesException(int count) {
            super(null, null, false, false);
            this.count = count;
        }

        int count() {
            return count;
        }
    }

    /** One entry as the central directory declares it. */
    record Entry(String name, long compressedSize, long uncompressedSize) {
    }

    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final int EOCD_LENGTH = 22;
    private static final int MAX_COMMENT_LENGTH = 0xFFFF;
    private static final int CENTRAL_HEADER_SIGNATURE = 0x02014b50;
    private static final int CENTRAL_HEADER_LENGTH = 46;
    private static final long ZIP64_MARKER = 0xFFFFFFFFL;
    private static final int GENERAL_PURPOSE_UTF8 = 1 << 11;

    private final List<Entry> entries;

    private ZipDirectory(List<Entry> entries) {
        this.entries = Collections.unmodifiableList(entries);
    }

    List<Entry> entries() {
        return entries;
    }

    boolean contains(String name) {
        for (Entry entry : entries) {
            if (entry.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    boolean containsPrefix(String prefix) {
        for (Entry entry : entries) {
            if (entry.name().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the central directory of {@code zip}.
     *
     * @param maxEntries refuse (as {@link TooManyEntriesException}) an archive declaring more entries
     */
    static ZipDirectory read(byte[] zip, int maxEntries) throws DamagedZipException, TooManyEntriesException {
        int eocd = findEndOfCentralDirectory(zip);
        if (eocd < 0) {
            throw new DamagedZipException("no end of central directory");
        }
        int count = u16(zip, eocd + 10);
        long size = u32(zip, eocd + 12);
        long offset = u32(zip, eocd + 16);
        if (count > maxEntries) {
            throw new TooManyEntriesException(count);
        }
        if (size > eocd) {
            throw new DamagedZipException("central directory larger than the archive");
        }
        if (offset + size > eocd) {
            // Data before the archive (a self-extractor stub, junk): the directory ends where the EOCD starts.
            offset = eocd - size;
        }
        List<Entry> entries = new ArrayList<>(count);
        int pos = (int) offset;
        int end = (int) (offset + size);
        for (int i = 0; i < count; i++) {
            if (pos + CENTRAL_HEADER_LENGTH > end || (int) u32(zip, pos) != CENTRAL_HEADER_SIGNATURE) {
                throw new DamagedZipException("bad central directory entry");
            }
            int flags = u16(zip, pos + 8);
            long compressed = u32(zip, pos + 20);
            long uncompressed = u32(zip, pos + 24);
            int nameLength = u16(zip, pos + 28);
            int extraLength = u16(zip, pos + 30);
            int commentLength = u16(zip, pos + 32);
            int next = pos + CENTRAL_HEADER_LENGTH + nameLength + extraLength + commentLength;
            if (next > end) {
                throw new DamagedZipException("central directory entry overruns the directory");
            }
            String name = new String(zip, pos + CENTRAL_HEADER_LENGTH, nameLength,
                    (flags & GENERAL_PURPOSE_UTF8) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            entries.add(new Entry(name, compressed, uncompressed == ZIP64_MARKER ? Long.MAX_VALUE : uncompressed));
            pos = next;
        }
        return new ZipDirectory(entries);
    }

    private static int findEndOfCentralDirectory(byte[] zip) {
        int lowest = Math.max(0, zip.length - EOCD_LENGTH - MAX_COMMENT_LENGTH);
        for (int i = zip.length - EOCD_LENGTH; i >= lowest; i--) {
            if (zip[i] == 'P' && (int) u32(zip, i) == EOCD_SIGNATURE
                    && i + EOCD_LENGTH + u16(zip, i + 20) == zip.length) {
                return i;
            }
        }
        // Some writers leave trailing bytes after the comment: accept the last signature found.
        for (int i = zip.length - EOCD_LENGTH; i >= lowest; i--) {
            if (zip[i] == 'P' && (int) u32(zip, i) == EOCD_SIGNATURE) {
                return i;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
