package io.github.webhookgen.core.schema;

import static io.github.webhookgen.core.InlineSchemas.archive;
import static io.github.webhookgen.core.InlineSchemas.schemas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webhookgen.core.diagnostics.Location;
import io.github.webhookgen.core.diagnostics.Problem;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.schema.SchemaSet.Resolution;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * How a {@code $ref} is resolved: relative paths, {@code ../}, the archive-root and suffix fallbacks, JSON pointers;
 * base URIs from {@code $id}, absolute URIs, plain-name fragments and URI prefixes mapped to folders.
 */
class SchemaSetTest {

    private static final String OBJECT = "{'type': 'object'}";

    @Nested
    class Paths {

        private final SchemaSet set = schemas(
                "webhooks/A.json", OBJECT,
                "webhooks/B.json", OBJECT,
                "webhooks/events/C.json", OBJECT,
                "webhooks/common/D.json", """
                        {
                          'definitions': {
                            'X': {'type': 'string'},
                            'a/b': {'type': 'integer'},
                            'c~d': {'type': 'boolean'},
                            'with space': {'type': 'number'},
                            'C++': {'type': 'object'},
                            '100%': {'type': 'string'}
                          }
                        }""",
                "Root.json", OBJECT,
                "my files/E.json", OBJECT,
                "webhooks/Café 100%.json", OBJECT);

        @Test
        void aRelativeRefIsReadFromTheFolderOfItsDocument() {
            assertEquals(found("webhooks/B.json", ""), resolve(set, "webhooks/A.json", "B.json"));
            assertEquals(found("webhooks/B.json", ""), resolve(set, "webhooks/A.json", "./B.json"));
            assertEquals(found("webhooks/events/C.json", ""), resolve(set, "webhooks/A.json", "events/C.json"));
        }

        @Test
        void dotDotClimbsOneFolder() {
            assertEquals(found("webhooks/A.json", ""), resolve(set, "webhooks/events/C.json", "../A.json"));
            assertEquals(found("webhooks/common/D.json", ""),
                    resolve(set, "webhooks/events/C.json", "../common/D.json"));
            assertEquals(found("Root.json", ""), resolve(set, "webhooks/events/C.json", "../../Root.json"));
        }

        @Test
        void aPathThatNamesNoFileRelativeToTheDocumentIsReadFromTheArchiveRoot() {
            assertEquals(found("webhooks/B.json", ""), resolve(set, "webhooks/events/C.json", "webhooks/B.json"));
            assertEquals(found("webhooks/B.json", ""), resolve(set, "webhooks/events/C.json", "/webhooks/B.json"));
        }

        @Test
        void aPathWrittenFromAFolderAboveTheArchiveIsFoundByItsSuffixAndMarkedAsGuessed() {
            assertEquals(new Resolution.Found(new SchemaRef("webhooks/events/C.json", ""),
                    "names no file relative to this one; read as webhooks/events/C.json"),
                    resolve(set, "webhooks/A.json", "assets/schema/webhooks/events/C.json"));
            assertEquals(new Resolution.Found(new SchemaRef("Root.json", ""),
                    "names no file relative to this one; read as Root.json"),
                    resolve(set, "webhooks/A.json", "assets/schema/Root.json"));
        }

        @Test
        void aPathWithASpaceIsFoundWrittenAsItIsOrPercentEncoded() {
            assertEquals(found("my files/E.json", ""), resolve(set, "Root.json", "my files/E.json"));
            assertEquals(found("my files/E.json", ""), resolve(set, "Root.json", "my%20files/E.json"));
            assertEquals(found("webhooks/Café 100%.json", ""), resolve(set, "Root.json", "webhooks/Café 100%.json"));
            assertEquals(found("webhooks/Café 100%.json", ""),
                    resolve(set, "Root.json", "archive:/webhooks/Caf%C3%A9%20100%25.json"));
        }

        @Test
        void aFragmentIsAJsonPointerIntoTheFileOrIntoTheSameDocument() {
            assertEquals(found("webhooks/common/D.json", "/definitions/X"),
                    resolve(set, "webhooks/A.json", "common/D.json#/definitions/X"));
            assertEquals(found("webhooks/common/D.json", "/definitions/X"),
                    resolve(set, "webhooks/common/D.json", "#/definitions/X"));
            assertEquals(found("webhooks/A.json", ""), resolve(set, "webhooks/A.json", "#"));
            assertEquals(found("webhooks/A.json", ""), resolve(set, "webhooks/A.json", "#/"));
            assertEquals(found("webhooks/A.json", ""), resolve(set, "webhooks/A.json", ""));
        }

        @Test
        void pointerEscapesSelectKeysWithSlashesAndTildes() {
            assertEquals("integer", target(set, "#/definitions/a~1b").path("type").asText());
            assertEquals("boolean", target(set, "#/definitions/c~0d").path("type").asText());
        }

        @Test
        void percentEscapesAreDecodedBeforeThePointerAndAPlusIsAPlus() {
            assertEquals("number", target(set, "#/definitions/with%20space").path("type").asText());
            assertEquals("number", target(set, "#/definitions/with space").path("type").asText());
            assertEquals("object", target(set, "#/definitions/C++").path("type").asText());
            assertEquals(found("webhooks/common/D.json", "/definitions/100%"),
                    resolve(set, "webhooks/common/D.json", "#/definitions/100%25"));
        }

        @Test
        void aPercentSignThatStartsNoEscapeIsReadAsItself() {
            assertEquals(found("webhooks/common/D.json", "/definitions/100%"),
                    resolve(set, "webhooks/common/D.json", "#/definitions/100%"));
            assertEquals(new Resolution.Missing("webhooks/A.json has nothing at #/definitions/100%"),
                    resolve(set, "webhooks/A.json", "#/definitions/100%"));
        }

        @Test
        void aMissingFileIsReportedByItsPathRelativeToTheDocument() {
            assertEquals(new Resolution.Unresolved("no file webhooks/Nope.json in the archive"),
                    resolve(set, "webhooks/A.json", "Nope.json"));
            assertEquals(new Resolution.Unresolved("no file webhooks/Nope.json in the archive"),
                    resolve(set, "webhooks/events/C.json", "../Nope.json#/definitions/X"));
        }

        @Test
        void aPathAboveTheArchiveRootIsAMissingFile() {
            assertEquals(new Resolution.Unresolved("no file ../../Up.json in the archive"),
                    resolve(set, "webhooks/A.json", "../../Up.json"));
        }

        @Test
        void aPointerToNothingIsMissing() {
            assertEquals(new Resolution.Missing("webhooks/common/D.json has nothing at #/definitions/Y"),
                    resolve(set, "webhooks/A.json", "common/D.json#/definitions/Y"));
            assertEquals(new Resolution.Missing("webhooks/A.json has nothing at #/definitions/X"),
                    resolve(set, "webhooks/A.json", "#/definitions/X"));
        }

        @Test
        void aPointerWithoutItsLeadingSlashIsReadAsAPointerAndMarkedAsGuessed() {
            assertEquals(new Resolution.Found(new SchemaRef("webhooks/common/D.json", "/definitions/X"),
                    "has a fragment that is neither a JSON pointer nor a plain name declared in "
                            + "webhooks/common/D.json; read as #/definitions/X"),
                    resolve(set, "webhooks/common/D.json", "#definitions/X"));
        }

        @Test
        void aPlainNameThatNothingDeclaresIsMissing() {
            assertEquals(new Resolution.Missing("no schema in webhooks/A.json declares the plain name \"nothing\" "
                    + "($anchor, or an $id of #nothing)"), resolve(set, "webhooks/A.json", "#nothing"));
        }

        @Test
        void nodesAreFoundByAddressAndMissingOnesAreNull() {
            assertEquals("string", set.node(new SchemaRef("webhooks/common/D.json", "/definitions/X/type")).asText());
            assertNull(set.nodeOrNull(new SchemaRef("webhooks/common/D.json", "/definitions/Y")));
            assertNull(set.nodeOrNull(new SchemaRef("webhooks/common/D.json", "definitions/X")));
            assertNull(set.nodeOrNull(new SchemaRef("webhooks/Nope.json", "")));
        }

        @Test
        void aLocationWithoutItsOwnPositionTakesTheNearestEnclosingOne() {
            SchemaRef missing = new SchemaRef("webhooks/common/D.json", "/definitions/X/items/0");

            Location location = set.locate(missing);

            assertEquals(new Location("webhooks/common/D.json", "/definitions/X/items/0", 3, 10), location);
            assertEquals(Location.of("webhooks/Nope.json", "/x"),
                    set.locate(new SchemaRef("webhooks/Nope.json", "/x")));
        }
    }

    @Nested
    class Identifiers {

        private final Problems problems = new Problems();

        @Test
        void anAbsoluteRefNamesTheFileWhoseIdItIs() {
            SchemaSet set = parse(ArchiveUris.none(),
                    "webhooks/Order.json", OBJECT,
                    "common/Id.json", """
                            {
                              '$id': 'https://example.test/schemas/id',
                              'definitions': {'ID': {'type': 'string'}}
                            }""");

            assertEquals(found("common/Id.json", "/definitions/ID"),
                    resolve(set, "webhooks/Order.json", "https://example.test/schemas/id#/definitions/ID"));
            assertEquals(found("common/Id.json", ""),
                    resolve(set, "webhooks/Order.json", "https://example.test/schemas/id"));
        }

        @Test
        void aRefToAUriOutsideTheArchiveIsUnresolvedWithTheUriAsWritten() {
            SchemaSet set = schemas("webhooks/Order.json", OBJECT);

            assertEquals(new Resolution.Unresolved("no schema in the archive is identified by "
                    + "https://example.test/schemas/other (by its $id, or by a folder mapped with uriMappings)"),
                    resolve(set, "webhooks/Order.json", "https://example.test/schemas/other#/definitions/ID"));
        }

        @Test
        void aRefToAJsonSchemaMetaschemaTheArchiveDoesNotHoldIsAMetaschema() {
            SchemaSet set = schemas("webhooks/Order.json", OBJECT);

            assertEquals(new Resolution.Metaschema(java.net.URI.create("http://json-schema.org/draft-07/schema")),
                    resolve(set, "webhooks/Order.json", "http://json-schema.org/draft-07/schema#"));
            assertEquals(Resolution.Metaschema.class, resolve(set, "webhooks/Order.json",
                    "https://json-schema.org/draft/2020-12/schema").getClass());
        }

        @Test
        void aRelativeRefIsResolvedAgainstTheNearestEnclosingId() {
            SchemaSet set = parse(ArchiveUris.none(),
                    "webhooks/Order.json", """
                            {
                              '$id': 'https://example.test/orders/Order.json',
                              'properties': {
                                'line': {
                                  '$id': 'https://example.test/lines/',
                                  'properties': {'item': {'$ref': 'Item.json'}}
                                },
                                'sibling': {'$ref': 'Item.json'}
                              }
                            }""",
                    "elsewhere/LineItem.json", "{'$id': 'https://example.test/lines/Item.json', 'type': 'object'}",
                    "elsewhere/OrderItem.json", "{'$id': 'https://example.test/orders/Item.json', 'type': 'object'}");

            assertEquals(found("elsewhere/LineItem.json", ""), set.resolve(new SchemaRef("webhooks/Order.json",
                    "/properties/line/properties/item"), "Item.json"));
            assertEquals(found("elsewhere/OrderItem.json", ""), set.resolve(new SchemaRef("webhooks/Order.json",
                    "/properties/sibling"), "Item.json"));
        }

        @Test
        void aRefToTheEmptyFragmentInANestedResourceIsThatResourcesRoot() {
            SchemaSet set = parse(ArchiveUris.none(), "webhooks/Tree.json", """
                    {
                      'properties': {
                        'node': {
                          '$id': 'https://example.test/node',
                          'properties': {
                            'child': {'$ref': '#'},
                            'name': {'$ref': '#/properties/label'},
                            'label': {'type': 'string'}
                          }
                        },
                        'top': {'$ref': '#'}
                      }
                    }""");

            assertEquals(found("webhooks/Tree.json", "/properties/node"), set.resolve(
                    new SchemaRef("webhooks/Tree.json", "/properties/node/properties/child"), "#"));
            assertEquals(found("webhooks/Tree.json", "/properties/node/properties/label"), set.resolve(
                    new SchemaRef("webhooks/Tree.json", "/properties/node/properties/name"), "#/properties/label"));
            assertEquals(found("webhooks/Tree.json", ""),
                    set.resolve(new SchemaRef("webhooks/Tree.json", "/properties/top"), "#"));
        }

        @Test
        void aPointerInAUriUnescapesPercentThenTildes() {
            SchemaSet set = parse(ArchiveUris.none(),
                    "webhooks/Order.json", OBJECT,
                    "common/Keys.json", """
                            {
                              '$id': 'https://example.test/keys',
                              'definitions': {'a/b': {'type': 'integer'}, 'c~d': {'type': 'boolean'},
                                              '50%': {'type': 'number'}, 'é': {'type': 'string'}}
                            }""");

            assertEquals(found("common/Keys.json", "/definitions/a~1b"),
                    resolve(set, "webhooks/Order.json", "https://example.test/keys#/definitions/a~1b"));
            assertEquals(found("common/Keys.json", "/definitions/c~0d"),
                    resolve(set, "webhooks/Order.json", "https://example.test/keys#/definitions/c~0d"));
            assertEquals(found("common/Keys.json", "/definitions/50%"),
                    resolve(set, "webhooks/Order.json", "https://example.test/keys#/definitions/50%25"));
            assertEquals(found("common/Keys.json", "/definitions/é"),
                    resolve(set, "webhooks/Order.json", "https://example.test/keys#/definitions/%C3%A9"));
        }

        @Test
        void anAnchorNamesItsSubschema() {
            SchemaSet set = parse(ArchiveUris.none(), "webhooks/A.json", """
                    {
                      '$schema': 'https://json-schema.org/draft/2020-12/schema',
                      '$id': 'https://example.test/a',
                      '$defs': {
                        'x': {'$anchor': 'x', 'type': 'string'},
                        'y': {'$dynamicAnchor': 'node', 'type': 'object'}
                      }
                    }""", "webhooks/B.json", OBJECT);

            assertEquals(found("webhooks/A.json", "/$defs/x"), resolve(set, "webhooks/A.json", "#x"));
            assertEquals(found("webhooks/A.json", "/$defs/y"), resolve(set, "webhooks/A.json", "#node"));
            assertEquals(found("webhooks/A.json", "/$defs/x"),
                    resolve(set, "webhooks/B.json", "https://example.test/a#x"));
            assertEquals(found("webhooks/A.json", "/$defs/x"), resolve(set, "webhooks/B.json", "A.json#x"));
        }

        @Test
        void aPlainNameIdOfDraft07AndDraft04NamesItsSubschema() {
            SchemaSet set = parse(ArchiveUris.none(),
                    "webhooks/Seven.json", """
                            {
                              '$schema': 'http://json-schema.org/draft-07/schema#',
                              'definitions': {'product': {'$id': '#product', 'type': 'object'}}
                            }""",
                    "webhooks/Four.json", """
                            {
                              '$schema': 'http://json-schema.org/draft-04/schema#',
                              'definitions': {'product': {'id': '#product', 'type': 'object'}}
                            }""",
                    "webhooks/Undeclared.json", "{'definitions': {'product': {'id': '#product'}}}");

            assertEquals(found("webhooks/Seven.json", "/definitions/product"),
                    resolve(set, "webhooks/Seven.json", "#product"));
            assertEquals(found("webhooks/Four.json", "/definitions/product"),
                    resolve(set, "webhooks/Four.json", "#product"));
            assertEquals(found("webhooks/Undeclared.json", "/definitions/product"),
                    resolve(set, "webhooks/Undeclared.json", "#product"));
        }

        @Test
        void theDeclaredDraftDecidesWhichKeywordIdentifies() {
            SchemaSet set = parse(ArchiveUris.none(),
                    "webhooks/Four.json", """
                            {
                              '$schema': 'http://json-schema.org/draft-04/schema#',
                              'definitions': {'a': {'$id': '#a'}, 'b': {'id': '#b'}}
                            }""",
                    "webhooks/Seven.json", """
                            {
                              '$schema': 'http://json-schema.org/draft-07/schema#',
                              'definitions': {'a': {'$id': '#a'}, 'b': {'id': '#b'}}
                            }""");

            assertEquals(Resolution.Missing.class, resolve(set, "webhooks/Four.json", "#a").getClass());
            assertEquals(found("webhooks/Four.json", "/definitions/b"), resolve(set, "webhooks/Four.json", "#b"));
            assertEquals(found("webhooks/Seven.json", "/definitions/a"), resolve(set, "webhooks/Seven.json", "#a"));
            assertEquals(Resolution.Missing.class, resolve(set, "webhooks/Seven.json", "#b").getClass());
        }

        @Test
        void inDraft07AnIdBesideRefIsIgnoredAsEverySiblingIs() {
            SchemaSet set = parse(ArchiveUris.none(), "webhooks/A.json", """
                    {
                      '$schema': 'http://json-schema.org/draft-07/schema#',
                      'properties': {'x': {'$id': 'https://example.test/x', '$ref': '#/definitions/y'}},
                      'definitions': {'y': {'type': 'string'}}
                    }""");

            assertEquals(found("webhooks/A.json", "/definitions/y"), set.resolve(
                    new SchemaRef("webhooks/A.json", "/properties/x"), "#/definitions/y"));
            assertEquals(Resolution.Unresolved.class,
                    resolve(set, "webhooks/A.json", "https://example.test/x").getClass());
        }

        @Test
        void onlySchemasAreIdentifiedNotPropertiesOrValuesNamedId() {
            SchemaSet set = parse(ArchiveUris.none(), "webhooks/A.json", """
                    {
                      'properties': {'$id': {'type': 'string'}, 'id': {'type': 'string'}},
                      'enum': [{'$id': 'https://example.test/value'}],
                      'default': {'$anchor': 'value'}
                    }""");

            assertEquals(Resolution.Unresolved.class,
                    resolve(set, "webhooks/A.json", "https://example.test/value").getClass());
            assertEquals(Resolution.Missing.class, resolve(set, "webhooks/A.json", "#value").getClass());
            assertEquals(List.of(), problems.all());
        }

        @Test
        void anUrnIdAndItsAnchorsResolve() {
            SchemaSet set = parse(ArchiveUris.none(),
                    "webhooks/A.json", """
                            {
                              '$id': 'urn:example:thing',
                              '$defs': {'part': {'$anchor': 'part', 'type': 'string'}},
                              'properties': {'p': {'$ref': '#part'}}
                            }""",
                    "webhooks/B.json", OBJECT);

            assertEquals(found("webhooks/A.json", "/$defs/part"),
                    set.resolve(new SchemaRef("webhooks/A.json", "/properties/p"), "#part"));
            assertEquals(found("webhooks/A.json", "/$defs/part"),
                    resolve(set, "webhooks/B.json", "urn:example:thing#/$defs/part"));
        }

        @Test
        void aSecondResourceWithTheSameIdIsAWarningAndTheFirstIsRead() {
            SchemaSet set = parse(ArchiveUris.none(),
                    "a/One.json", "{'$id': 'https://example.test/same'}",
                    "b/Two.json", "{'$id': 'https://example.test/same'}");

            assertEquals(found("a/One.json", ""), resolve(set, "b/Two.json", "https://example.test/same"));
            assertEquals(List.of("b/Two.json:1:9: warning: [INVALID_SCHEMA] '$id' \"https://example.test/same\" "
                    + "identifies a/One.json# already; references to https://example.test/same read that one (at #/$id)"),
                    printed());
        }

        @Test
        void anIdThatIsNotAUriIsAWarningAndIgnored() {
            parse(ArchiveUris.none(), "a/One.json", "{'$id': ':no-scheme'}");

            assertEquals(List.of("a/One.json:1:9: warning: [INVALID_SCHEMA] '$id' \":no-scheme\" is not a URI; "
                    + "ignored (at #/$id)"), printed());
        }

        private SchemaSet parse(ArchiveUris uris, String... pathsAndJson) {
            return new SchemaParser(uris).parse(archive(pathsAndJson), problems);
        }

        private List<String> printed() {
            return problems.all().stream().map(Problem::toString).toList();
        }
    }

    @Nested
    class MappedFolders {

        private final Problems problems = new Problems();
        private final ArchiveUris uris = ArchiveUris.of(Map.of("https://schemas.example.com/v1/", "schemas/",
                "https://schemas.example.com/v1/deep", "schemas/nested"), problems);
        private final SchemaSet set = new SchemaParser(uris).parse(archive(
                "schemas/Order.json", "{'properties': {'id': {'$ref': 'common/Id.json'}}}",
                "schemas/common/Id.json", "{'$id': 'https://schemas.example.com/v1/common/Id.json', "
                        + "'definitions': {'ID': {'type': 'string'}}}",
                "schemas/nested/Deep.json", OBJECT,
                "Local.json", OBJECT), problems);

        @Test
        void aFileInAMappedFolderIsKnownByItsPublishedUri() {
            assertEquals(found("schemas/Order.json", ""),
                    resolve(set, "Local.json", "https://schemas.example.com/v1/Order.json"));
            assertEquals(found("schemas/common/Id.json", "/definitions/ID"),
                    resolve(set, "Local.json", "https://schemas.example.com/v1/common/Id.json#/definitions/ID"));
            assertEquals(found("schemas/nested/Deep.json", ""),
                    resolve(set, "Local.json", "https://schemas.example.com/v1/deep/Deep.json"));
            assertEquals(List.of(), problems.all());
        }

        @Test
        void everyPrefixMappedToAFolderNamesItsFiles() {
            Problems found = new Problems();
            SchemaSet both = new SchemaParser(ArchiveUris.of(Map.of("http://schemas.example.com/", "",
                    "https://schemas.example.com/", "", "https://www.schemas.example.com/", ""), found)).parse(
                    archive("Order.json", OBJECT, "Local.json", OBJECT), found);

            for (String prefix : List.of("http://", "https://", "https://www.")) {
                assertEquals(found("Order.json", ""),
                        resolve(both, "Local.json", prefix + "schemas.example.com/Order.json"), prefix);
            }
            assertEquals(List.of(), found.all());
        }

        @Test
        void relativeRefsInAMappedFolderResolveAgainstItsUriAndStillAsPaths() {
            assertEquals(found("schemas/common/Id.json", ""),
                    resolve(set, "schemas/Order.json", "common/Id.json"));
            assertEquals(found("Local.json", ""), resolve(set, "schemas/Order.json", "../Local.json"));
            assertEquals(found("schemas/Order.json", ""), resolve(set, "Local.json", "schemas/Order.json"));
        }

        @Test
        void aMappedUriOfAMissingFileNamesTheFileItLookedFor() {
            assertEquals(new Resolution.Unresolved("no file schemas/Nope.json in the archive, where uriMappings puts "
                    + "https://schemas.example.com/v1/Nope.json"),
                    resolve(set, "Local.json", "https://schemas.example.com/v1/Nope.json"));
        }

        @Test
        void badMappingsAreConfigurationErrorsAndAnEmptyFolderAWarning() {
            Problems found = new Problems();
            ArchiveUris bad = ArchiveUris.of(Map.of("not a uri", "schemas/", "https://ok.example.com/", "../up",
                    "https://empty.example.com/", "nothing/"), found);
            new SchemaParser(bad).parse(archive("schemas/A.json", OBJECT), found);

            assertEquals(List.of(
                    "configuration: error: [INVALID_CONFIG] uriMappings folder \"../up\" for https://ok.example.com/ is "
                            + "not a folder inside the archive",
                    "configuration: error: [INVALID_CONFIG] uriMappings prefix \"not a uri\" is not an absolute URI "
                            + "such as https://schemas.example.com/v1/",
                    "configuration: warning: [INVALID_CONFIG] uriMappings folder \"nothing/\" for "
                            + "https://empty.example.com/ holds no schema of the archive"),
                    found.all().stream().map(Problem::toString).sorted().toList());
        }
    }

    private static Resolution resolve(SchemaSet set, String file, String ref) {
        return set.resolve(new SchemaRef(file, ""), ref);
    }

    private static JsonNode target(SchemaSet set, String ref) {
        Resolution resolution = resolve(set, "webhooks/common/D.json", ref);
        if (!(resolution instanceof Resolution.Found found)) {
            throw new AssertionError(ref + " did not resolve: " + resolution);
        }
        return set.node(found.target());
    }

    private static Resolution found(String file, String pointer) {
        return new Resolution.Found(new SchemaRef(file, pointer), null);
    }
}
