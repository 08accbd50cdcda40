package io.github.webhookgen.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the {@code x-liveperson-signature} header of a LivePerson Connector API webhook request against the raw
 * request body and the client secret of the app installation.
 *
 * <p>LivePerson signs every notification it POSTs: the header is {@code sha1=} followed by the Base64 HMAC-SHA1 of the
 * request body, keyed with the client secret, for example {@code sha1=12DcfY3NhieG0uMlGlNX/SHWBeQ=}. Accounts can be
 * set up for HMAC-SHA256 ({@code sha256=...}) and for hexadecimal instead of Base64 digests; this class accepts all
 * four forms. Source: LivePerson Developer Center, Connector API, Webhooks, <em>Notification Protocol</em>, section
 * "Authentication" (https://developers.liveperson.com/connector-api-webhooks-notification-protocol.html).
 *
 * <p>Check the body exactly as it arrived, as bytes, before parsing it: JSON that is decoded and written again, or
 * decoded as text with another charset, no longer has the signed bytes. A typical endpoint:
 *
 * <pre>{@code
 * WebhookSignature signature = new WebhookSignature(clientSecret);   // once, at startup
 * ...
 * if (!signature.matches(body, request.getHeader(WebhookSignature.HEADER))) {
 *     return 401;                                                    // and nothing is dispatched
 * }
 * Webhooks.dispatch(body, visitor);
 * }</pre>
 *
 * <p>Digests are compared in constant time ({@link MessageDigest#isEqual}), so the time an answer takes tells nothing
 * about how much of a forged digest was right. A header that is missing or malformed is a {@link Result}, never an
 * exception. The secret is kept only to compute digests: {@link #toString()} and every message leave it out.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class WebhookSignature {

    /** The request header that carries the signature; HTTP header names are case-insensitive. */
    public static final String HEADER = "x-liveperson-signature";

    /** An HMAC algorithm LivePerson signs with, named in the header before {@code =}. */
    public enum Algorithm {
        /** HMAC-SHA1 (RFC 2104, FIPS 180-4), {@code sha1=}: what LivePerson sends by default. */
        SHA1("sha1", "HmacSHA1", 20),
        /** HMAC-SHA256 (RFC 2104, FIPS 180-4), {@code sha256=}: set up for specific accounts. */
        SHA256("sha256", "HmacSHA256", 32);

        private final String headerName;
        private final String macName;
        private final int digestLength;

        Algorithm(String headerName, String macName, int digestLength) {
            this.headerName = headerName;
            this.macName = macName;
            this.digestLength = digestLength;
        }

        /** The name in the header, lower case, without the {@code =}: {@code sha1} or {@code sha256}. */
        public String headerName() {
            return headerName;
        }

        /** The algorithm a header names, ignoring case; null when it names no algorithm of this enum. */
        static Algorithm named(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            for (Algorithm algorithm : values()) {
                if (algorithm.headerName.equals(lower)) {
                    return algorithm;
                }
            }
            return null;
        }
    }

    /** What a check found. Only {@link #VALID} means the body comes from a holder of the client secret. */
    public enum Result {
        /** The digest is the HMAC of the body with the client secret. */
        VALID,
        /** There is no header, or it is empty or blank. */
        MISSING,
        /** The header names an algorithm other than {@code sha1} and {@code sha256}. */
        UNSUPPORTED_ALGORITHM,
        /**
         * The header is not {@code <algorithm>=<digest>}, or the digest is neither Base64 nor hexadecimal, or it has
         * the wrong length for its algorithm (a truncated digest, for example).
         */
        MALFORMED,
        /** The header is well formed but the digest is not that of this body with this client secret. */
        MISMATCH;

        /** Whether the signature is valid. */
        public boolean isValid() {
            return this == VALID;
        }
    }

    private final byte[] key;

    /**
     * A check with the client secret of the app installation, as LivePerson gives it; the HMAC key is its UTF-8
     * bytes.
     *
     * @param clientSecret the client secret
     * @throws IllegalArgumentException when the client secret is null or empty (the message does not repeat it)
     */
    public WebhookSignature(String clientSecret) {
        if (clientSecret == null || clientSecret.isEmpty()) {
            throw new IllegalArgumentException("the client secret is empty");
        }
        this.key = clientSecret.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Checks a signature header against a request body.
     *
     * @param body the request body exactly as received
     * @param header the value of the {@value #HEADER} header, or null when the request has none
     * @return what the check found; never null
     * @throws NullPointerException when {@code body} is null
     */
    public Result check(byte[] body, String header) {
        Objects.requireNonNull(body, "body");
        String value = header == null ? "" : header.strip();
        if (value.isEmpty()) {
            return Result.MISSING;
        }
        int equals = value.indexOf('=');
        if (equals <= 0) {
            return Result.MALFORMED;
        }
        Algorithm algorithm = Algorithm.named(value.substring(0, equals));
        if (algorithm == null) {
            return Result.UNSUPPORTED_ALGORITHM;
        }
        byte[] claimed = decode(value.substring(equals + 1), algorithm.digestLength);
        if (claimed == null) {
            return Result.MALFORMED;
        }
        return MessageDigest.isEqual(digest(algorithm, body), claimed) ? Result.VALID : Result.MISMATCH;
    }

    /**
     * Whether a signature header is valid for a request body: {@code check(body, header).isValid()}.
     *
     * @param body the request body exactly as received
     * @param header the value of the {@value #HEADER} header, or null when the request has none
     * @return true when the digest is the HMAC of the body with the client secret
     * @throws NullPointerException when {@code body} is null
     */
    public boolean matches(byte[] body, String header) {
        return check(body, header).isValid();
    }

    /**
     * The header LivePerson would send for a body, with a Base64 digest: {@code sha1=...} or {@code sha256=...}. Useful
     * to test an endpoint.
     *
     * @param algorithm the HMAC algorithm
     * @param body the request body
     * @return the value of the {@value #HEADER} header
     */
    public String sign(Algorithm algorithm, byte[] body) {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(body, "body");
        return algorithm.headerName + "=" + Base64.getEncoder().encodeToString(digest(algorithm, body));
    }

    private byte[] digest(Algorithm algorithm, byte[] body) {
        try {
            Mac mac = Mac.getInstance(algorithm.macName);
            mac.init(new SecretKeySpec(key, algorithm.macName));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            // Every Java platform has HmacSHA1 and HmacSHA256 (java.security.Mac), and HMAC takes any non-empty key
            throw new IllegalStateException(algorithm.macName + " is not available", e);
        }
    }

    /**
     * The digest bytes of hexadecimal text of exactly twice the digest length (either case), or else of Base64 text
     * (RFC 4648 section 4, padding optional); null when the text is neither or has the wrong length. The two cannot be
     * confused: hexadecimal text of twice the length, read as Base64, is never the digest length.
     */
    private static byte[] decode(String text, int length) {
        if (text.length() == 2 * length) {
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++) {
                int high = hexDigit(text.charAt(2 * i));
                int low = hexDigit(text.charAt(2 * i + 1));
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes[i] = (byte) (high << 4 | low);
            }
            return bytes;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(text);
            return bytes.length == length ? bytes : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The value of an ASCII hexadecimal digit of either case, or -1. */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Names the class only: the client secret never appears in logs through it. */
    @Override
    public String toString() {
        return "WebhookSignature[client secret hidden]";
    }
}
