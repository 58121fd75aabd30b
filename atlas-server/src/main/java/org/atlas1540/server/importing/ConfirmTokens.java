package org.atlas1540.server.importing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The token of a confirmation form: an HMAC of the previewed file's SHA-256 and name under a key
 * made when the server starts. Only a page this server rendered holds it, so another site cannot
 * make a browser confirm an import (cross-site request forgery), and the name cannot be changed on
 * the way. A restart makes open previews void: the person uploads again.
 */
@Component
class ConfirmTokens {
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    ConfirmTokens() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    String sign(String sha256, String fileName) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(sha256.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(fileName.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }

    boolean verify(String sha256, String fileName, String token) {
        if (sha256 == null || fileName == null || token == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(sha256, fileName).getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }
}
