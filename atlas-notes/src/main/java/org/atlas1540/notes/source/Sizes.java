package org.atlas1540.notes.source;

import java.util.Locale;

/** Byte counts written for people: "50.0 MB", "512.0 KB", "300 bytes" (1 MB = 1024 × 1024 bytes). */
final class Sizes {
    private static final long KB = 1024;
    private static final long MB = 1024 * 1024;

    private Sizes() {
    }

    /**
     * The size rounded up to the next tenth, so that a file just over a limit never reads as equal
     * to it ("20.1 MB" against "20.0 MB").
     */
    static String roundedUp(long bytes) {
        return format(bytes, true);
    }

    /** The size rounded to the nearest tenth. */
    static String rounded(long bytes) {
        return format(bytes, false);
    }

    private static String format(long bytes, boolean up) {
        if (bytes < KB) {
            return bytes + " bytes";
        }
        long unit = bytes < MB ? KB : MB;
        double tenths = bytes * 10.0 / unit;
        double value = (up ? Math.ceil(tenths) : Math.rint(tenths)) / 10.0;
        return String.format(Locale.ROOT, "%.1f %s", value, unit == MB ? "MB" : "KB");
    }
}
