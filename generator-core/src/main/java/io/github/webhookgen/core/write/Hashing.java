package io.github.webhookgen.core.write;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of inputs and outputs, as lowercase hex. */
public final class Hashing {

    private final MessageDigest digest;

    public Hashing() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Adds a labelled value; the length prefix keeps {@code ("ab","c")} and {@code ("a","bc")} apart. */
    public Hashing add(String label, byte[] value) {
        byte[] name = label.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(name.length).getBytes(StandardCharsets.UTF_8));
        digest.update(name);
        digest.update(Integer.toString(value.length).getBytes(StandardCharsets.UTF_8));
        digest.update(value);
        return this;
    }

    public Hashing add(String label, String value) {
        return add(label, value.getBytes(StandardCharsets.UTF_8));
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String of(byte[] bytes) {
        return new Hashing().add("", bytes).hex();
    }
}
