package io.github.webhookgen.core.naming;

import static io.github.webhookgen.core.InlineSchemas.schemas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.lower.DispatchRoot;
import io.github.webhookgen.core.lower.Lowering;
import io.github.webhookgen.core.schema.SchemaRef;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The names of types, record components, enum constants and unknown variants, collisions included. */
class NamingTest {

    private static final String OBJECT = "{'properties': {'x': {'type': 'string'}}}";

    @Nested
    class TypeNames {

        @Test
        void comeFromFileNamesDefinitionKeysAndPropertyNames() {
            Names names = names(
                    "webhooks/Order.json", """
                            {'properties': {
                              'billing_info': {'properties': {'x': {}}},
                              'replies': {'type': 'array', 'items': {'properties': {'x': {}}}},
                              'status': {'enum': ['open', 'closed']}
                            },
                            'definitions': {'postal-address': {'properties': {'x': {}}}}}""");

            assertEquals("Order", type(names, "webhooks/Order.json", ""));
            assertEquals("BillingInfo", type(names, "webhooks/Order.json", "/properties/billing_info"));
            assertEquals("Reply", type(names, "webhooks/Order.json", "/properties/replies/items"));
            assertEquals("Status", type(names, "webhooks/Order.json", "/properties/status"));
            assertEquals("PostalAddress", type(names, "webhooks/Order.json", "/definitions/postal-address"));
        }

        @Test
        void aCodecIsNamedAfterItsTypeAndAvoidsEveryOtherName() {
            Names names = names(
                    "webhooks/Order.json", "{'properties': {'x': {}}}",
                    "webhooks/OrderCodec.json", "{'properties': {'x': {}}}",
                    "webhooks/Status.json", "{'enum': ['a', 'b']}");

            assertEquals("OrderJsonCodec", names.codec(new SchemaRef("webhooks/Order.json", "")));
            assertEquals("OrderCodecCodec", names.codec(new SchemaRef("webhooks/OrderCodec.json", "")));
            assertEquals(null, names.codec(new SchemaRef("webhooks/Status.json", "")), "an enum binds itself");
        }

        @Test
        void inlineUnionBranchesAreNamedByTheirDiscriminatorValue() {
            Names names = names("webhooks/Content.json", """
                    {'oneOf': [
                      {'properties': {'type': {'enum': ['text/plain']}}},
                      {'properties': {'type': {'enum': ['hosted/file']}}}
                    ]}""");

            assertEquals("TextPlainContent", type(names, "webhooks/Content.json", "/oneOf/0"));
            assertEquals("HostedFileContent", type(names, "webhooks/Content.json", "/oneOf/1"));
        }

        @Test
        void inlineBranchesWithoutADiscriminatorAreNumberedOptions() {
            Names names = names("webhooks/Message.json",
                    "{'properties': {'content': {'oneOf': [{'type': 'string'}, " + OBJECT + "]}}}");

            assertEquals("Content", type(names, "webhooks/Message.json", "/properties/content"));
            assertEquals("ContentOption2", type(names, "webhooks/Message.json", "/properties/content/oneOf/1"));
        }

        @Test
        void aDocumentKeepsItsNameAndWhatCollidesWithItIsQualifiedByItsOwner() {
            Names names = names(
                    "webhooks/Address.json", OBJECT,
                    "webhooks/Order.json", "{'properties': {'address': " + OBJECT + "}}");

            assertEquals("Address", type(names, "webhooks/Address.json", ""));
            assertEquals("OrderAddress", type(names, "webhooks/Order.json", "/properties/address"));
        }

        @Test
        void collidingTypesAtTheSameDepthAreAllQualifiedByTheirOwners() {
            Names names = names(
                    "webhooks/Shop.json", "{'properties': {'address': " + OBJECT + "}}",
                    "webhooks/Order.json", "{'properties': {'address': " + OBJECT + "}}");

            assertEquals("ShopAddress", type(names, "webhooks/Shop.json", "/properties/address"));
            assertEquals("OrderAddress", type(names, "webhooks/Order.json", "/properties/address"));
        }

        @Test
        void qualificationGoesUpStepByStepUntilNamesDiffer() {
            String nested = "{'properties': {'body': {'properties': {'meta': " + OBJECT + "}}}}";
            Names names = names("webhooks/A.json", nested, "webhooks/B.json", nested);

            assertEquals("ABody", type(names, "webhooks/A.json", "/properties/body"));
            assertEquals("BBody", type(names, "webhooks/B.json", "/properties/body"));
            assertEquals("ABodyMeta", type(names, "webhooks/A.json", "/properties/body/properties/meta"));
            assertEquals("BBodyMeta", type(names, "webhooks/B.json", "/properties/body/properties/meta"));
        }

        @Test
        void namesDifferingOnlyInCaseCollideBecauseFileSystemsMayIgnoreCase() {
            Names names = names(
                    "webhooks/A.json", "{'definitions': {'URL': " + OBJECT + "}}",
                    "webhooks/B.json", "{'definitions': {'Url': " + OBJECT + "}}");

            assertEquals("AURL", type(names, "webhooks/A.json", "/definitions/URL"));
            assertEquals("BUrl", type(names, "webhooks/B.json", "/definitions/Url"));
        }

        @Test
        void documentsOfTheSameNameInTwoFoldersAreToldApartByFolder() {
            Names names = names("chat/Event.json", OBJECT, "voice/Event.json", OBJECT);

            assertEquals("Event", type(names, "chat/Event.json", ""));
            assertEquals("VoiceEvent", type(names, "voice/Event.json", ""));
        }

        @Test
        void collisionsNeverGiveNumberedNamesAndAlwaysTheSameOnes() {
            String[] archive = {
                "webhooks/Item.json", OBJECT,
                "webhooks/A.json", "{'properties': {'item': " + OBJECT + ", 'items': {'type': 'array', 'items': "
                        + OBJECT + "}}, 'definitions': {'Item': " + OBJECT + "}}",
                "webhooks/B.json", "{'properties': {'item': " + OBJECT + "}, 'definitions': {'ITEM': " + OBJECT + "}}",
            };

            Map<SchemaRef, String> first = names(archive).types();

            assertEquals(first, names(archive).types());
            Set<String> seen = new HashSet<>();
            first.values().forEach(name -> {
                assertTrue(name.matches("[A-Z][A-Za-z]*"), name);
                assertTrue(seen.add(name.toLowerCase(Locale.ROOT)), "twice: " + name);
            });
            assertEquals("Item", type(first, "webhooks/Item.json", ""));
            assertEquals("AItem", type(first, "webhooks/A.json", "/definitions/Item"));
            assertEquals("BITEM", type(first, "webhooks/B.json", "/definitions/ITEM"));
        }

        @Test
        void aSchemaTypeNeverTakesTheNameOfASupportType() {
            Names names = names(
                    "webhooks/Json.json", OBJECT,
                    "webhooks/WebhookVisitor.json", OBJECT,
                    "webhooks/WebhookSignature.json", OBJECT,
                    "webhooks/Order.json", "{'definitions': {'webhooks': " + OBJECT + "}}");

            assertEquals("WebhooksJson", type(names, "webhooks/Json.json", ""));
            assertEquals("WebhooksWebhookVisitor", type(names, "webhooks/WebhookVisitor.json", ""));
            assertEquals("WebhooksWebhookSignature", type(names, "webhooks/WebhookSignature.json", ""));
            assertEquals("OrderWebhooks", type(names, "webhooks/Order.json", "/definitions/webhooks"));
            assertEquals(new Names.Support("Json", "WebhookVisitor", "Webhooks", "WebhookSignature"),
                    names.support());
        }

        @Test
        void aDocumentAtTheArchiveRootNamedLikeASupportTypeIsRenamedToo() {
            Names names = names("Json.json", OBJECT);

            assertFalse(type(names, "Json.json", "").equalsIgnoreCase("Json"), type(names, "Json.json", ""));
        }
    }

    @Nested
    class Components {

        @Test
        void areLowerCamelCase() {
            Names names = names("A.json",
                    "{'properties': {'content-type': {}, 'sent_ts': {}, 'URL': {}, '@type': {}}}");

            assertEquals(Map.of("content-type", "contentType", "sent_ts", "sentTs", "URL", "url", "@type", "type"),
                    names.components().get(new SchemaRef("A.json", "")));
        }

        @Test
        void keywordsAndRecordMethodNamesTakeAValueSuffix() {
            Names names = names("A.json", """
                    {'properties': {'class': {}, 'default': {}, 'record': {}, 'hashCode': {}, 'toString': {},
                                    'additionalProperties': {}}}""");

            assertEquals(List.of("classValue", "defaultValue", "recordValue", "hashCodeValue", "toStringValue",
                            "additionalPropertiesValue"),
                    List.copyOf(names.components().get(new SchemaRef("A.json", "")).values()));
        }

        @Test
        void namesThatAreNotIdentifiersBecomeIdentifiers() {
            Names names = names("A.json", "{'properties': {'123abc': {}, '': {}, '$': {}}}");

            Map<String, String> components = names.components().get(new SchemaRef("A.json", ""));

            assertEquals("v123abc", components.get("123abc"));
            assertEquals("value", components.get(""));
            assertTrue(javax.lang.model.SourceVersion.isName(components.get("$")), components.get("$"));
            assertEquals(3, new HashSet<>(components.values()).size(), components::toString);
        }

        @Test
        void propertiesDifferingOnlyInCaseGetDistinctNames() {
            Names names = names("A.json", "{'properties': {'id': {}, 'ID': {}, 'Id': {}}}");

            assertEquals(Map.of("id", "id", "ID", "ID", "Id", "Id"),
                    names.components().get(new SchemaRef("A.json", "")));
        }

        @Test
        void propertiesDifferingOnlyInPunctuationGetDistinctNames() {
            Names names = names("A.json", "{'properties': {'a-b': {}, 'a_b': {}, 'a.b': {}}}");

            assertEquals(3, new HashSet<>(names.components().get(new SchemaRef("A.json", "")).values()).size());
        }
    }

    @Nested
    class Constants {

        @Test
        void areUpperSnakeCaseAndDistinct() {
            Names names = names("A.json", "{'enum': ['text/plain', 'onHold', 'on-hold', '1x']}");

            assertEquals(Map.of("text/plain", "TEXT_PLAIN", "onHold", "ON_HOLD", "on-hold", "ON_HOLD_3", "1x", "V_1X"),
                    names.constants().get(new SchemaRef("A.json", "")));
            assertEquals("UNKNOWN", names.unknownConstants().get(new SchemaRef("A.json", "")));
        }

        @Test
        void theConstantForUnlistedValuesAvoidsAListedUnknown() {
            Names names = names("A.json", "{'enum': ['UNKNOWN', 'known']}");

            assertEquals("UNKNOWN_VALUE", names.unknownConstants().get(new SchemaRef("A.json", "")));
        }
    }

    @Nested
    class UnknownVariants {

        @Test
        void isCalledUnknown() {
            Names names = names("webhooks/Event.json", """
                    {'oneOf': [{'properties': {'type': {'enum': ['a']}}},
                               {'properties': {'type': {'enum': ['b']}}}]}""");

            assertEquals("Unknown", names.unknownVariants().get(new SchemaRef("webhooks/Event.json", "")));
        }

        @Test
        void neverHasTheNameOfABranch() {
            Names names = names(
                    "webhooks/Event.json",
                    "{'oneOf': [{'$ref': 'Unknown.json'}, {'properties': {'type': {'enum': ['b']}}}]}",
                    "webhooks/Unknown.json", "{'properties': {'type': {'enum': ['a']}}}");

            String variant = names.unknownVariants().get(new SchemaRef("webhooks/Event.json", ""));

            assertFalse(variant.equals(type(names, "webhooks/Unknown.json", "")), variant);
            assertFalse(variant.equals(type(names, "webhooks/Event.json", "/oneOf/1")), variant);
        }
    }

    private static Names names(String... pathsAndJson) {
        Problems problems = new Problems();
        Names names = new Naming(new Lowering(schemas(pathsAndJson), problems, true).lower(DispatchRoot.LIVEPERSON))
                .assign();
        assertFalse(problems.hasErrors(), problems.all()::toString);
        return names;
    }

    private static String type(Names names, String file, String pointer) {
        return type(names.types(), file, pointer);
    }

    private static String type(Map<SchemaRef, String> types, String file, String pointer) {
        String name = types.get(new SchemaRef(file, pointer));
        if (name == null) {
            throw new AssertionError("no type at " + file + "#" + pointer + " in " + types);
        }
        return name;
    }
}
