package io.github.webhookgen.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.support.WebhookSignature.Algorithm;
import io.github.webhookgen.support.WebhookSignature.Result;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link WebhookSignature} against digests computed elsewhere: the published HMAC test vectors of RFC 2202 (HMAC-SHA1)
 * and RFC 4231 (HMAC-SHA256), whose keys are text, and a signature from LivePerson's own demo connector. The test
 * computes no HMAC itself; it only writes the published digests in the header's encodings.
 */
class WebhookSignatureTest {

    /** A published HMAC: key, message and digest in hexadecimal. */
    private record Vector(String name, Algorithm algorithm, String key, String message, String hexDigest) {

        byte[] body() {
            return message.getBytes(StandardCharsets.UTF_8);
        }

        byte[] digest() {
            return HexFormat.of().parseHex(hexDigest);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String LIVEPERSON_BODY = "{\"kind\":\"notification\",\"body\":{\"changes\":[{\"originatorId\":"
            + "\"2969e404f3be1c8cdda63f0b72d205ab5afb3fe3e3d7d72ab58245f564fdfd91\",\"originatorMetadata\":{\"id\":"
            + "\"2969e404f3be1c8cdda63f0b72d205ab5afb3fe3e3d7d72ab58245f564fdfd91\",\"role\":\"CONSUMER\"},\"event\":"
            + "{\"type\":\"ChatStateEvent\",\"chatState\":\"PAUSE\"},\"conversationId\":"
            + "\"b8b83fe9-75f0-46f2-baaa-2930f7192cfb\",\"dialogId\":\"b8b83fe9-75f0-46f2-baaa-2930f7192cfb\"}]},"
            + "\"type\":\"ms.MessagingEventNotification\"}";

    private static final List<Vector> VECTORS = List.of(
            new Vector("RFC 2202 test case 1", Algorithm.SHA1, "\u000b".repeat(20), "Hi There",
                    "b617318655057264e28bc0b6fb378c8ef146be00"),
            new Vector("RFC 2202 test case 2", Algorithm.SHA1, "Jefe", "what do ya want for nothing?",
                    "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"),
            new Vector("RFC 4231 test case 1", Algorithm.SHA256, "\u000b".repeat(20), "Hi There",
                    "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
            new Vector("RFC 4231 test case 2", Algorithm.SHA256, "Jefe", "what do ya want for nothing?",
                    "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
            // LivePersonInc/lp-demo-app-connector-api, test/notifications.test.js: "sha1=e/TfS0wv1HbvEsMqcBMmFLcMslI="
            new Vector("LivePerson demo connector", Algorithm.SHA1, "rl9hacst6kqilbofup64n11ga3", LIVEPERSON_BODY,
                    "7bf4df4b4c2fd476ef12c32a70132614b70cb252"));

    private static final Vector JEFE_SHA1 = VECTORS.get(1);
    private static final Vector JEFE_SHA256 = VECTORS.get(3);

    /** The header values LivePerson may send for a vector: Base64 (with and without padding) and hex of either case. */
    static Stream<Arguments> headers() {
        return VECTORS.stream().flatMap(v -> {
            String prefix = v.algorithm().headerName() + "=";
            String base64 = Base64.getEncoder().encodeToString(v.digest());
            return Stream.of(
                    Arguments.of(v, "base64", prefix + base64),
                    Arguments.of(v, "base64 without padding", prefix + base64.replace("=", "")),
                    Arguments.of(v, "hex", prefix + v.hexDigest()),
                    Arguments.of(v, "HEX", prefix + v.hexDigest().toUpperCase(Locale.ROOT)),
                    Arguments.of(v, "Hex mixed case", prefix + mixedCase(v.hexDigest())));
        });
    }

    private static String mixedCase(String hex) {
        StringBuilder out = new StringBuilder(hex);
        for (int i = 0; i < out.length(); i += 2) {
            out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("headers")
    void acceptsThePublishedDigestInEveryEncoding(Vector vector, String encoding, String header) {
        WebhookSignature signature = new WebhookSignature(vector.key());
        assertEquals(Result.VALID, signature.check(vector.body(), header), header);
        assertTrue(signature.matches(vector.body(), header));
    }

    @Test
    void theLivePersonHeaderIsValidAsWritten() {
        WebhookSignature signature = new WebhookSignature("rl9hacst6kqilbofup64n11ga3");
        byte[] body = LIVEPERSON_BODY.getBytes(StandardCharsets.UTF_8);
        assertEquals(Result.VALID, signature.check(body, "sha1=e/TfS0wv1HbvEsMqcBMmFLcMslI="));
        assertEquals("sha1=e/TfS0wv1HbvEsMqcBMmFLcMslI=", signature.sign(Algorithm.SHA1, body));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("headers")
    void aWrongSecretIsAMismatch(Vector vector, String encoding, String header) {
        assertEquals(Result.MISMATCH, new WebhookSignature(vector.key() + "x").check(vector.body(), header));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("headers")
    void aBodyWithOneByteChangedIsAMismatch(Vector vector, String encoding, String header) {
        WebhookSignature signature = new WebhookSignature(vector.key());
        byte[] body = vector.body();
        for (int i = 0; i < body.length; i++) {
            byte[] tampered = body.clone();
            tampered[i] ^= 0x01;
            assertEquals(Result.MISMATCH, signature.check(tampered, header), "byte " + i);
        }
    }

    @Test
    void theBytesCountNotTheirMeaning() {
        WebhookSignature signature = new WebhookSignature("rl9hacst6kqilbofup64n11ga3");
        String header = "sha1=e/TfS0wv1HbvEsMqcBMmFLcMslI=";
        // The same JSON with a trailing newline, with spaces, or encoded as UTF-16 is another body
        assertEquals(Result.MISMATCH, signature.check((LIVEPERSON_BODY + "\n").getBytes(StandardCharsets.UTF_8),
                header));
        assertEquals(Result.MISMATCH, signature.check(LIVEPERSON_BODY.replace(",", ", ")
                .getBytes(StandardCharsets.UTF_8), header));
        assertEquals(Result.MISMATCH, signature.check(LIVEPERSON_BODY.getBytes(StandardCharsets.UTF_16), header));
    }

    @Test
    void aDigestOfTheOtherAlgorithmIsAMismatchOrMalformed() {
        WebhookSignature signature = new WebhookSignature(JEFE_SHA1.key());
        byte[] body = JEFE_SHA1.body();
        // An SHA-1 digest under sha256= has the wrong length; an SHA-256 digest under sha1= too
        assertEquals(Result.MALFORMED, signature.check(body, "sha256=" + JEFE_SHA1.hexDigest()));
        assertEquals(Result.MALFORMED, signature.check(body, "sha1=" + JEFE_SHA256.hexDigest()));
        assertEquals(Result.MALFORMED, signature.check(body,
                "sha256=" + Base64.getEncoder().encodeToString(JEFE_SHA1.digest())));
    }

    @Test
    void aTruncatedDigestIsMalformed() {
        WebhookSignature signature = new WebhookSignature(JEFE_SHA256.key());
        byte[] body = JEFE_SHA256.body();
        String hex = JEFE_SHA256.hexDigest();
        String base64 = Base64.getEncoder().encodeToString(JEFE_SHA256.digest());
        assertEquals(Result.MALFORMED, signature.check(body, "sha256=" + hex.substring(0, hex.length() - 2)));
        assertEquals(Result.MALFORMED, signature.check(body, "sha256=" + hex.substring(0, hex.length() - 1)));
        assertEquals(Result.MALFORMED, signature.check(body, "sha256=" + base64.substring(0, base64.length() - 4)));
        assertEquals(Result.MALFORMED, signature.check(body,
                "sha256=" + Base64.getEncoder().encodeToString(Arrays.copyOf(JEFE_SHA256.digest(), 31))));
        assertEquals(Result.MALFORMED, signature.check(body, "sha256=" + hex + "00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"md5=", "sha512=", "sha-256=", "hmac-sha1=", "sha="})
    void anotherAlgorithmIsUnsupported(String prefix) {
        WebhookSignature signature = new WebhookSignature(JEFE_SHA1.key());
        assertEquals(Result.UNSUPPORTED_ALGORITHM, signature.check(JEFE_SHA1.body(), prefix + JEFE_SHA1.hexDigest()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a signature", "sha1", "=abc", "sha1=", "sha1= ", "sha1=!!!!", "sha1=====",
            "sha1=e/TfS0wv1HbvEsMqcBMmFLcMslI=,sha256=xyz", "sha1=e/TfS0wv1Hbv EsMqcBMmFLcMslI=",
            "sha1=e_TfS0wv1HbvEsMqcBMmFLcMslI=", "sha1=effcdf6ae5eb2fa2d27416d5f184df9c259a7cg9"})
    void garbageIsMalformed(String header) {
        WebhookSignature signature = new WebhookSignature(JEFE_SHA1.key());
        assertEquals(Result.MALFORMED, signature.check(JEFE_SHA1.body(), header));
        assertFalse(signature.matches(JEFE_SHA1.body(), header));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void anEmptyHeaderIsMissing(String header) {
        assertEquals(Result.MISSING, new WebhookSignature("Jefe").check(JEFE_SHA1.body(), header));
    }

    @Test
    void noHeaderIsMissing() {
        assertEquals(Result.MISSING, new WebhookSignature("Jefe").check(JEFE_SHA1.body(), null));
        assertFalse(new WebhookSignature("Jefe").matches(JEFE_SHA1.body(), null));
    }

    @Test
    void theAlgorithmNameIgnoresCaseAndTheHeaderItsSurroundingWhitespace() {
        WebhookSignature signature = new WebhookSignature(JEFE_SHA256.key());
        assertEquals(Result.VALID, signature.check(JEFE_SHA256.body(), "SHA256=" + JEFE_SHA256.hexDigest()));
        assertEquals(Result.VALID, signature.check(JEFE_SHA256.body(), " sha256=" + JEFE_SHA256.hexDigest() + " "));
    }

    @Test
    void signWritesWhatLivePersonSends() {
        for (Vector vector : VECTORS) {
            String expected = vector.algorithm().headerName() + "="
                    + Base64.getEncoder().encodeToString(vector.digest());
            assertEquals(expected, new WebhookSignature(vector.key()).sign(vector.algorithm(), vector.body()),
                    vector.name());
        }
    }

    @Test
    void anEmptyBodyHasASignatureToo() {
        WebhookSignature signature = new WebhookSignature("Jefe");
        String header = signature.sign(Algorithm.SHA256, new byte[0]);
        assertEquals(Result.VALID, signature.check(new byte[0], header));
        assertEquals(Result.MISMATCH, signature.check(new byte[] {' '}, header));
    }

    @Test
    void theSecretIsNeverShown() {
        String secret = "rl9hacst6kqilbofup64n11ga3";
        WebhookSignature signature = new WebhookSignature(secret);
        assertFalse(signature.toString().contains(secret), signature.toString());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> new WebhookSignature(""));
        assertEquals("the client secret is empty", empty.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new WebhookSignature(null));
    }

    @Test
    void aNullBodyIsAProgrammingError() {
        WebhookSignature signature = new WebhookSignature("Jefe");
        assertThrows(NullPointerException.class, () -> signature.check(null, "sha1=abc"));
    }
}
