package org.atlas1540.server.reference;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A SHA-256 over the records of a data set: equal when, and only when, the records are equal. */
final class ReferenceFingerprint {
    private ReferenceFingerprint() {
    }

    static String of(List<?> records) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (Object record : records) {
                // Records print every component; sets are sorted first by the caller's toString choice.
                digest.update(record.toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
