package io.github.webhookgen.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** URI references resolved as RFC 3986 §5.2 has them, where {@link URI#resolve(URI)} alone does not. */
class UriReferencesTest {

    private static final URI BASE = URI.create("https://example.test/schemas/order.json?v=1#/definitions/x");

    @Test
    void anEmptyReferenceIsTheBaseDocumentNotItsFolder() {
        assertEquals(URI.create("https://example.test/schemas/"), BASE.resolve(""));

        assertEquals(URI.create("https://example.test/schemas/order.json?v=1"), resolve(BASE, ""));
    }

    @Test
    void aFragmentOnlyReferenceKeepsTheBaseDocument() {
        assertEquals(URI.create("https://example.test/schemas/order.json?v=1#foo"), resolve(BASE, "#foo"));
        assertEquals(URI.create("archive:/webhooks/A.json#/definitions/a"),
                resolve(URI.create("archive:/webhooks/A.json"), "#/definitions/a"));
    }

    @Test
    void aQueryOnlyReferenceReplacesTheQueryOfTheBaseDocument() {
        assertEquals(URI.create("https://example.test/schemas/"), BASE.resolve("?v=2").resolve(""));

        assertEquals(URI.create("https://example.test/schemas/order.json?v=2"), resolve(BASE, "?v=2"));
    }

    @Test
    void aFragmentAgainstAnOpaqueBaseStaysInThatResource() {
        URI urn = URI.create("urn:example:thing");
        assertEquals(URI.create("#part"), urn.resolve("#part"));

        assertEquals(URI.create("urn:example:thing#part"), resolve(urn, "#part"));
    }

    @Test
    void anEmptyAuthorityPrintsDifferentlyButComparesEqual() {
        URI resolved = resolve(URI.create("file:///schemas/a.json"), "b.json");

        assertEquals("file:/schemas/b.json", resolved.toString());
        assertEquals(URI.create("file:///schemas/b.json"), resolved);
    }

    @Test
    void aBaseWithAnEmptyPathGetsASlash() {
        assertEquals(URI.create("https://example.test/a.json"), resolve(URI.create("https://example.test"), "a.json"));
    }

    @Test
    void dotSegmentsAreRemovedAndPathsAboveTheRootKeepThem() {
        assertEquals(URI.create("archive:/common/a.json"),
                resolve(URI.create("archive:/webhooks/x/B.json"), "../../common/./a.json"));
        assertEquals(URI.create("archive:/../a.json"), resolve(URI.create("archive:/B.json"), "../a.json"));
    }

    @Test
    void charactersNoUriAllowsAreEncodedAsSchemaAuthorsWriteThem() {
        assertEquals("my%20files/a.json#/definitions/100%25/%C3%A9%23x",
                UriReferences.encodeIllegal("my files/a.json#/definitions/100%/é#x"));
        assertEquals("a.json#/x%7Cy%5B0%5D", UriReferences.encodeIllegal("a.json#/x|y[0]"));
        assertEquals("a%2Fb", UriReferences.encodeIllegal("a%2Fb"));
        assertNull(UriReferences.parse(":no-scheme"));
    }

    private static URI resolve(URI base, String reference) {
        return UriReferences.resolve(base, UriReferences.parse(reference));
    }
}
