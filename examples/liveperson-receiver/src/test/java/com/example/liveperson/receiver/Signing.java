package com.example.liveperson.receiver;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs bodies as LivePerson does, computed here with the JDK's {@link Mac} rather than with the code under test:
 * {@code sha1=} or {@code sha256=}, then the HMAC of the body with the client secret, in Base64 or hex.
 */
final class Signing {

    static final String SECRET = "test-client-secret-3c1f9a";

    enum Form {
        SHA1_BASE64("sha1", "HmacSHA1", false),
        SHA1_HEX("sha1", "HmacSHA1", true),
        SHA256_BASE64("sha256", "HmacSHA256", false),
        SHA256_HEX("sha256", "HmacSHA256", true);

        final String prefix;
        final String mac;
        final boolean hex;

        Form(String prefix, String mac, boolean hex) {
            this.prefix = prefix;
            this.mac = mac;
            this.hex = hex;
        }
    }

    private Signing() {}

    static String sign(byte[] body) {
        return sign(body, SECRET, Form.SHA1_BASE64);
    }

    static String sign(byte[] body, String secret, Form form) {
        try {
            Mac mac = Mac.getInstance(form.mac);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), form.mac));
            byte[] digest = mac.doFinal(body);
            return form.prefix + "=" + (form.hex ? HexFormat.of().formatHex(digest)
                    : Base64.getEncoder().encodeToString(digest));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
