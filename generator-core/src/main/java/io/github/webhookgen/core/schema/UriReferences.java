package io.github.webhookgen.core.schema;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Reads and resolves URI references (RFC 3986 §4.1, §5.2) with {@link URI}, around its known quirks: an empty or
 * query-only reference resolves to the base's folder instead of the base document, and a fragment-only reference
 * against an opaque base (a {@code urn:}) is returned unresolved. ({@code scheme:///path} prints differently from
 * {@code scheme:/path} once resolved, but the two compare equal, which is all the index needs.)
 */
final class UriReferences {

    private UriReferences() {}

    /**
     * The URI reference as written in a schema, with characters that a URI cannot hold percent-encoded first (a space
     * in a file name, a {@code %} that starts no escape, a second {@code #}), as schema authors often write them; null
     * when even that is not a URI reference.
     */
    static URI parse(String written) {
        try {
            return new URI(encodeIllegal(written));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** {@code reference} resolved against {@code base} (RFC 3986 §5.2.2), as an absolute URI when the base is one. */
    static URI resolve(URI base, URI reference) {
        boolean samePath = reference.getScheme() == null && reference.getRawAuthority() == null
                && reference.getRawPath() != null && reference.getRawPath().isEmpty();
        if (samePath) {
            // RFC 3986 §5.2.2: the base's path (and query, unless the reference has one), the reference's fragment.
            String document = withoutFragment(base).toString();
            if (reference.getRawQuery() != null) {
                int query = document.indexOf('?');
                document = (query < 0 ? document : document.substring(0, query)) + "?" + reference.getRawQuery();
            }
            return canonical(URI.create(reference.getRawFragment() == null
                    ? document
                    : document + "#" + reference.getRawFragment()));
        }
        if (base.isOpaque()) {
            return reference;
        }
        return canonical(base.resolve(reference));
    }

    /** The URI without its fragment, in the form the index keys resources by. */
    static URI withoutFragment(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return canonical(hash < 0 ? uri : URI.create(text.substring(0, hash)));
    }

    /** The URI with {@code .} and {@code ..} segments removed, so that two spellings of one resource compare equal. */
    static URI canonical(URI uri) {
        return uri.isOpaque() ? uri : uri.normalize();
    }

    /**
     * The text with every character that no URI component allows percent-encoded as UTF-8: spaces, non-ASCII,
     * {@code "<>\^`{|}[]}, a {@code #} after the first and a {@code %} not followed by two hex digits.
     */
    static String encodeIllegal(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean fragment = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (c == '#' && !fragment) {
                fragment = true;
                out.append('#');
            } else if (c == '%' && isHex(text, i + 1) && isHex(text, i + 2)) {
                out.append('%');
            } else if (c < 0x80 && c > 0x20 && c != 0x7F && "\"<>\\^`{|}[]%#".indexOf(c) < 0) {
                out.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            }
            i += width;
        }
        return out.toString();
    }

    private static boolean isHex(String text, int at) {
        return at < text.length() && Character.digit(text.charAt(at), 16) >= 0;
    }
}
