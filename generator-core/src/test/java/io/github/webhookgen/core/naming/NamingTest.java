package io.github.webhookgen.core.naming;

import static io.github.webhookgen.core.InlineSchemas.schemas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.core.diagnostics.Problem;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.lower.DispatchRoot;
import io.github.webhookgen.core.lower.Lowering;
import io.github.webhookgen.core.model.TypeModel;
import io.github.webhookgen.core.schema.SchemaRef;
import io.github.webhookgen.core.schema.SchemaSet;
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

    private static final String PACKAGE = "com.example.hooks";

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
        void theOnlyObjectAmongBranchesOfOtherKindsIsNamedForItsKind() {
            Names names = names("webhooks/Message.json",
                    "{'properties': {'content': {'oneOf': [{'type': 'string'}, " + OBJECT + "]}}}");

            assertEquals("Content", type(names, "webhooks/Message.json", "/properties/content"));
            assertEquals("ContentObject", type(names, "webhooks/Message.json", "/properties/content/oneOf/1"));
        }

        @Test
        void inlineBranchesChosenByTwoDiscriminatorsAreNamedForBothValues() {
            Names names = names("webhooks/Message.json", "{'properties': {'content': {'anyOf': ["
                    + "{'properties': {'type': {'const': 'order'}, 'way': {'const': 'in'}}},"
                    + "{'properties': {'type': {'const': 'order'}, 'way': {'const': 'out'}}},"
                    + "{'properties': {'type': {'const': 'refund'}, 'way': {'const': 'in'}}}]}}}");

            assertEquals("OrderInContent", type(names, "webhooks/Message.json", "/properties/content/anyOf/0"));
            assertEquals("OrderOutContent", type(names, "webhooks/Message.json", "/properties/content/anyOf/1"));
            assertEquals("RefundInContent", type(names, "webhooks/Message.json", "/properties/content/anyOf/2"));
        }

        @Test
        void theItemsOfATupleAreNamedByPosition() {
            Names names = names("webhooks/Rule.json", "{'type': 'array', 'prefixItems': [{'enum': ['off', 'on']}, "
                    + OBJECT + "], 'items': " + OBJECT + "}");

            assertEquals("RuleSecond", type(names, "webhooks/Rule.json", "/prefixItems/1"));
            assertEquals("RuleItem", type(names, "webhooks/Rule.json", "/items"));
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
        void keepTheLettersOfEveryScript() {
            Names names = names(
                    "webhooks/größe.json", OBJECT,
                    "webhooks/Order.json", "{'properties': {'名前': " + OBJECT + ", 'testПоле': " + OBJECT + "}}");

            assertEquals("Größe", type(names, "webhooks/größe.json", ""));
            assertEquals("名前", type(names, "webhooks/Order.json", "/properties/名前"));
            assertEquals("TestПоле", type(names, "webhooks/Order.json", "/properties/testПоле"));
        }

        @Test
        void aFileNamedLikeASchemaFileIsNamedWithoutItsSuffix() {
            Names names = names(
                    "webhooks/Question.schema.json", OBJECT,
                    "webhooks/answer.Schema.json", OBJECT,
                    "webhooks/schema.json", OBJECT);

            assertEquals("Question", type(names, "webhooks/Question.schema.json", ""));
            assertEquals("Answer", type(names, "webhooks/answer.Schema.json", ""));
            assertEquals("Schema", type(names, "webhooks/schema.json", ""));
        }

        @Test
        void aFileAndTheSameFileMarkedAsSchemaAreToldApartLikeAnyTwoDocuments() {
            Names names = names("webhooks/Foo.json", OBJECT, "webhooks/Foo.schema.json", OBJECT);

            assertEquals("Foo", type(names, "webhooks/Foo.json", ""));
            assertEquals("WebhooksFoo", type(names, "webhooks/Foo.schema.json", ""));
        }

        @Test
        void typesThatOnlyCaseTellsApartGetASuffixSayingSoAndAWarning() {
            Run run = run(false, "webhooks/User.json", "{'properties': {'id': " + OBJECT + ", 'ID': " + OBJECT + "}}");

            assertEquals("Id", type(run.names(), "webhooks/User.json", "/properties/id"));
            assertEquals("IDUpperCase", type(run.names(), "webhooks/User.json", "/properties/ID"));
            assertEquals(List.of("webhooks/User.json:1:72: warning: [NAME_CLASH] its Java type ID and Id, the type of "
                    + "webhooks/User.json#/properties/id, differ only in case, so their source files would overwrite "
                    + "each other on a case-insensitive file system; named IDUpperCase (at #/properties/ID)"),
                    run.warnings());
        }

        @Test
        void typesThatOnlySymbolsTellApartGetTheNamesOfTheSymbols() {
            Run run = run(false, "a-b.json", OBJECT, "a_b.json", OBJECT, "a.b.json", OBJECT);

            assertEquals("AB", type(run.names(), "a-b.json", ""));
            assertEquals("ABDot", type(run.names(), "a.b.json", ""));
            assertEquals("ABUnderscore", type(run.names(), "a_b.json", ""));
            assertEquals(List.of("a.b.json:1:1: warning: [NAME_CLASH] its Java type AB is also the name of the type "
                    + "of a-b.json#; named ABDot", "a_b.json:1:1: warning: [NAME_CLASH] its Java type AB is also the "
                    + "name of the type of a-b.json#; named ABUnderscore"), run.warnings());
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
            assertEquals("dollar", components.get("$"));
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

            assertEquals(Map.of("a-b", "aB", "a_b", "a_b", "a.b", "aBDot"), components(names, "A.json"));
        }

        @Test
        void keepTheLettersOfEveryScript() {
            Names names = names("A.json", "{'properties': {'größe': {}, '名前': {}, 'testПоле': {}}}");

            assertEquals(Map.of("größe", "größe", "名前", "名前", "testПоле", "testПоле"), components(names, "A.json"));
        }

        @Test
        void propertiesThatAreOnlySymbolsAreNamedAfterThem() {
            Names names = names("A.json", "{'properties': {'+': {}, '-': {}, '*': {}, '>=': {}, '_': {}}}");

            assertEquals(Map.of("+", "plus", "-", "minus", "*", "asterisk", ">=", "greaterThanOrEqual",
                    "_", "underscore"), components(names, "A.json"));
        }

        @Test
        void theNameWrittenExactlySoKeepsItWhateverTheOrder() {
            assertEquals(Map.of("t", "t", "T", "T"), components(names("A.json", "{'properties': {'t': {}, 'T': {}}}"),
                    "A.json"));
            assertEquals(Map.of("t", "t", "T", "T"), components(names("A.json", "{'properties': {'T': {}, 't': {}}}"),
                    "A.json"));
            assertEquals(Map.of("next", "next", "Next", "Next", "NEXT", "NEXT"),
                    components(names("A.json", "{'properties': {'NEXT': {}, 'Next': {}, 'next': {}}}"), "A.json"));
        }

        @Test
        void clashesAreSpelledAsWrittenThenNamedAfterTheirSymbols() {
            Map<String, String> expected = Map.of("maxSize", "maxSize", "max_size", "max_size",
                    "max-size", "maxSizeHyphen");

            assertEquals(expected, components(names("A.json",
                    "{'properties': {'maxSize': {}, 'max-size': {}, 'max_size': {}}}"), "A.json"));
            assertEquals(expected, components(names("A.json",
                    "{'properties': {'max-size': {}, 'max_size': {}, 'maxSize': {}}}"), "A.json"));
        }

        @Test
        void withoutAnExactSpellingTheFirstInSchemaOrderKeepsTheName() {
            Names names = names("A.json", "{'properties': {'max-size': {}, 'max size': {}}}");

            assertEquals(Map.of("max-size", "maxSize", "max size", "max_size"), components(names, "A.json"));
        }

        @Test
        void aKeywordBesideItsEscapedNameIsEscapedOnceMore() {
            Names names = names("A.json", "{'properties': {'class': {}, 'classValue': {}}}");

            assertEquals(Map.of("class", "classValueValue", "classValue", "classValue"), components(names, "A.json"));
        }

        @Test
        void javaNameNamesTheComponent() {
            Names names = names("A.json", """
                    {'properties': {'ts': {'type': 'integer', 'javaName': 'timestamp'},
                                    'timestamp': {'type': 'string'},
                                    'ref': {'$ref': '#/definitions/b', 'javaName': 'other'}},
                     'definitions': {'b': {'type': 'string'}}}""");

            assertEquals(Map.of("ts", "timestamp", "timestamp", "timestampValue", "ref", "other"),
                    components(names, "A.json"));
        }

        @Test
        void javaNameOfAPropertyFromAnotherSchemaIsRead() {
            Names names = names(
                    "webhooks/Base.json", "{'properties': {'sent_ts': {'type': 'integer', 'javaName': 'sent'}}}",
                    "webhooks/Event.json", "{'allOf': [{'$ref': 'Base.json'}], 'properties': {'x': {}}}");

            assertEquals("sent", names.component(new SchemaRef("webhooks/Event.json", ""), "sent_ts"));
        }

        @Test
        void javaNameThatIsNoIdentifierOrTakenIsAWarning() {
            Run run = run(false, "A.json", """
                    {"properties": {
                      "a": {"javaName": "x-y"},
                      "b": {"javaName": "class"},
                      "c": {"javaName": "same"},
                      "d": {"javaName": "same"}
                    }}""");

            assertEquals(Map.of("a", "a", "b", "classValue", "c", "same", "d", "d"),
                    components(run.names(), "A.json"));
            assertEquals(List.of(
                    "A.json:2:21: warning: [INVALID_SCHEMA] javaName \"x-y\" is not a Java identifier; ignored (at "
                            + "#/properties/a/javaName)",
                    "A.json:3:21: warning: [NAME_CLASH] javaName class is a Java keyword; named classValue (at "
                            + "#/properties/b/javaName)",
                    "A.json:5:21: warning: [NAME_CLASH] javaName same is already the name of property \"c\"; ignored "
                            + "(at #/properties/d/javaName)"), run.warnings());
        }

        @Test
        void javaNameAlsoNamesTheTypeOfItsProperty() {
            Names names = names("webhooks/Order.json", """
                    {'properties': {'addr': {'javaName': 'shippingAddress', 'properties': {'x': {}}},
                                    'lines': {'javaName': 'orderLines', 'type': 'array',
                                              'items': {'properties': {'x': {}}}}}}""");

            assertEquals("ShippingAddress", type(names, "webhooks/Order.json", "/properties/addr"));
            assertEquals("OrderLine", type(names, "webhooks/Order.json", "/properties/lines/items"));
        }
    }

    @Nested
    class Constants {

        @Test
        void areUpperSnakeCaseAndDistinct() {
            Names names = names("A.json", "{'enum': ['text/plain', 'onHold', 'on-hold', '1x']}");

            assertEquals(Map.of("text/plain", "TEXT_PLAIN", "onHold", "ON_HOLD", "on-hold", "on_hold", "1x", "V_1X"),
                    names.constants().get(new SchemaRef("A.json", "")));
            assertEquals("UNKNOWN", names.unknownConstants().get(new SchemaRef("A.json", "")));
        }

        @Test
        void theConstantForUnlistedValuesAvoidsAListedUnknown() {
            Names names = names("A.json", "{'enum': ['UNKNOWN', 'known']}");

            assertEquals("UNKNOWN_VALUE", names.unknownConstants().get(new SchemaRef("A.json", "")));
        }

        @Test
        void symbolsAndEveryScriptGetWords() {
            Names names = names("A.json", "{'enum': ['+', '-', '*', '日本語', '', 'français', 'c++', '-1', '1.5']}");

            assertEquals(List.of("PLUS", "MINUS", "ASTERISK", "日本語", "EMPTY", "FRANÇAIS", "C_PLUS_PLUS", "MINUS_1",
                    "V_1_5"), List.copyOf(constants(names, "A.json").values()));
        }

        @Test
        void valuesDifferingInCaseKeepTheirCase() {
            Map<String, String> expected = Map.of("setup", "setup", "SETUP", "SETUP");

            assertEquals(expected, constants(names("A.json", "{'enum': ['setup', 'SETUP']}"), "A.json"));
            assertEquals(expected, constants(names("A.json", "{'enum': ['SETUP', 'setup']}"), "A.json"));
        }

        @Test
        void aValueNamedLikeTheEnumsFieldIsEscaped() {
            Names names = names("A.json", "{'enum': ['VALUE', 'value']}");

            assertEquals(Map.of("VALUE", "VALUE", "value", "value_VALUE"), constants(names, "A.json"));
        }

        @Test
        void javaEnumNamesNameTheConstantsInOrder() {
            Names names = names("A.json", "{'enum': ['+1', '-1', 'x'], 'javaEnumNames': ['UP', 'DOWN', '']}");

            assertEquals(Map.of("+1", "UP", "-1", "DOWN", "x", "X"), constants(names, "A.json"));
        }

        @Test
        void javaEnumNamesThatCannotBeUsedAreWarnings() {
            Run run = run(false, "A.json", """
                    {"enum": ["a", "b", "c", "d"],
                     "javaEnumNames": ["B", "not a name", "B", "value"]}""");

            assertEquals(Map.of("a", "B", "b", "b", "c", "C", "d", "D"), constants(run.names(), "A.json"));
            assertEquals(List.of(
                    "A.json:2:25: warning: [INVALID_SCHEMA] javaEnumNames entry \"not a name\" is not a Java "
                            + "identifier; \"b\" is named as without it (at #/javaEnumNames/1)",
                    "A.json:2:39: warning: [NAME_CLASH] javaEnumNames names both \"a\" and \"c\" B; \"c\" is named "
                            + "as without it (at #/javaEnumNames/2)",
                    "A.json:2:44: warning: [NAME_CLASH] javaEnumNames entry value is the name of the enum's field; "
                            + "\"d\" is named as without it (at #/javaEnumNames/3)"), run.warnings());
        }

        @Test
        void javaEnumNamesOfAnotherLengthIsAWarningAndItsNamesAreUsed() {
            Run run = run(false, "A.json", "{\"enum\": [\"a\", \"b\"], \"javaEnumNames\": [\"FIRST\"]}");

            assertEquals(Map.of("a", "FIRST", "b", "B"), constants(run.names(), "A.json"));
            assertEquals(List.of("A.json:1:39: warning: [INVALID_SCHEMA] javaEnumNames should be an array of 2 names, "
                    + "one for each value of enum; its 1 names are given to the first values (at #/javaEnumNames)"),
                    run.warnings());
        }

        @Test
        void theConstantForUnlistedValuesAvoidsEveryListedOne() {
            Names names = names("A.json", "{'enum': ['UNKNOWN', 'UNKNOWN_VALUE']}");

            assertEquals("UNKNOWN_VALUE_VALUE", names.unknownConstants().get(new SchemaRef("A.json", "")));
        }
    }

    @Nested
    class Titles {

        private static final String CONTENT = """
                {'properties': {'content': {'oneOf': [
                  {'type': 'string'},
                  {'title': 'Rich text', 'properties': {'x': {}}}
                ]}}}""";

        @Test
        void nameATypeNamedAfterItsPositionWhenAsked() {
            assertEquals("ContentObject",
                    type(run(false, "webhooks/Message.json", CONTENT).names(), "webhooks/Message.json",
                            "/properties/content/oneOf/1"));
            assertEquals("RichText",
                    type(run(true, "webhooks/Message.json", CONTENT).names(), "webhooks/Message.json",
                            "/properties/content/oneOf/1"));
        }

        @Test
        void neverRenameATypeWithABetterName() {
            Names names = run(true, "webhooks/Order.json", """
                    {'title': 'Purchase', 'properties': {'address': {'title': 'Place', 'properties': {'x': {}}}},
                     'definitions': {'line': {'title': 'Row', 'properties': {'x': {}}}}}""").names();

            assertEquals("Order", type(names, "webhooks/Order.json", ""));
            assertEquals("Address", type(names, "webhooks/Order.json", "/properties/address"));
            assertEquals("Line", type(names, "webhooks/Order.json", "/definitions/line"));
        }

        @Test
        void giveWayToEveryOtherNameAndToSentences() {
            Names names = run(true, "webhooks/Message.json", """
                    {'properties': {
                      'content': {'oneOf': [{'type': 'string'}, {'title': 'Message', 'properties': {'x': {}}}]},
                      'body': {'oneOf': [{'type': 'string'},
                                         {'title': 'The text, as typed', 'properties': {'y': {}}}]}
                    }}""").names();

            assertEquals("ContentObject", type(names, "webhooks/Message.json", "/properties/content/oneOf/1"));
            assertEquals("BodyObject", type(names, "webhooks/Message.json", "/properties/body/oneOf/1"));
        }

        @Test
        void thatAreAlikeAllGiveWay() {
            Names names = run(true, "webhooks/Message.json", """
                    {'properties': {
                      'content': {'oneOf': [{'type': 'string'}, {'title': 'Rich', 'properties': {'x': {}}}]},
                      'body': {'oneOf': [{'type': 'string'}, {'title': 'rich', 'properties': {'y': {}}}]}
                    }}""").names();

            assertEquals("ContentObject", type(names, "webhooks/Message.json", "/properties/content/oneOf/1"));
            assertEquals("BodyObject", type(names, "webhooks/Message.json", "/properties/body/oneOf/1"));
        }
    }

    @Nested
    class JavaTypes {

        @Test
        void nameTheTypeByTheLastSegment() {
            Run run = run(false, "webhooks/Order.json", """
                    {"javaType": "com.example.hooks.PurchaseOrder",
                     "properties": {"status": {"javaType": "OrderState", "enum": ["a", "b"]}}}""");

            assertEquals("PurchaseOrder", type(run.names(), "webhooks/Order.json", ""));
            assertEquals("OrderState", type(run.names(), "webhooks/Order.json", "/properties/status"));
            assertEquals(List.of(), run.warnings());
        }

        @Test
        void anotherPackageIsOneWarningForAll() {
            Run run = run(false,
                    "webhooks/A.json", "{\"javaType\": \"com.other.Alpha\", \"properties\": {\"x\": {}}}",
                    "webhooks/B.json", "{\"javaType\": \"com.other.Beta\", \"properties\": {\"x\": {}}}");

            assertEquals("Alpha", type(run.names(), "webhooks/A.json", ""));
            assertEquals("Beta", type(run.names(), "webhooks/B.json", ""));
            assertEquals(List.of("webhooks/A.json:1:14: warning: [UNSUPPORTED_KEYWORD] javaType \"com.other.Alpha\": "
                    + "every type is generated into the package com.example.hooks, so the package com.other is "
                    + "ignored and only the name Alpha is used (the same for 1 more javaType) (at #/javaType)"),
                    run.warnings());
        }

        @Test
        void winsOverANameDerivedFromALocation() {
            Names names = names(
                    "webhooks/Address.json", OBJECT,
                    "webhooks/Order.json", "{'properties': {'to': {'javaType': 'Address', 'properties': {'x': {}}}}}");

            assertEquals("Address", type(names, "webhooks/Order.json", "/properties/to"));
            assertEquals("WebhooksAddress", type(names, "webhooks/Address.json", ""));
        }

        @Test
        void thatIsTakenOrInvalidIsAWarning() {
            Run run = run(false,
                    "webhooks/A.json", "{\"javaType\": \"Same\", \"properties\": {\"x\": {}}}",
                    "webhooks/B.json", "{\"javaType\": \"Same\", \"properties\": {\"x\": {}}}",
                    "webhooks/C.json", "{\"javaType\": \"String\", \"properties\": {\"x\": {}}}",
                    "webhooks/D.json", "{\"javaType\": \"java.util.List<String>\", \"properties\": {\"x\": {}}}");

            assertEquals("Same", type(run.names(), "webhooks/A.json", ""));
            assertEquals("B", type(run.names(), "webhooks/B.json", ""));
            assertEquals("C", type(run.names(), "webhooks/C.json", ""));
            assertEquals("D", type(run.names(), "webhooks/D.json", ""));
            assertEquals(List.of(
                    "webhooks/B.json:1:14: warning: [NAME_CLASH] javaType names Same, which another type takes "
                            + "(ignoring case); named B (at #/javaType)",
                    "webhooks/C.json:1:14: warning: [NAME_CLASH] javaType names String, which the generated code "
                            + "uses (ignoring case); named C (at #/javaType)",
                    "webhooks/D.json:1:14: warning: [INVALID_SCHEMA] javaType \"java.util.List<String>\" is not a "
                            + "Java class name (Foo or com.example.Foo); ignored (at #/javaType)"), run.warnings());
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
        Run run = run(false, pathsAndJson);
        assertEquals(List.of(), run.warnings());
        return run.names();
    }

    /** The names and the warnings of naming an archive, models only, generated into {@link #PACKAGE}. */
    private static Run run(boolean titles, String... pathsAndJson) {
        Problems problems = new Problems();
        SchemaSet schemas = schemas(pathsAndJson);
        TypeModel model = new Lowering(schemas, problems, true).lower(DispatchRoot.DEFAULT);
        assertEquals(List.of(), problems.all(), "lowering");
        Names names = new Naming(model, schemas, PACKAGE, titles, problems).assign();
        assertFalse(problems.hasErrors(), problems.all()::toString);
        return new Run(names, problems.all().stream().map(Problem::toString).toList());
    }

    private record Run(Names names, List<String> warnings) {}

    private static Map<String, String> components(Names names, String file) {
        return names.components().get(new SchemaRef(file, ""));
    }

    private static Map<String, String> constants(Names names, String file) {
        return names.constants().get(new SchemaRef(file, ""));
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
