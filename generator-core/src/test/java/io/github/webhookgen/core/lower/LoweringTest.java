package io.github.webhookgen.core.lower;

import static io.github.webhookgen.core.InlineSchemas.schemas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.core.diagnostics.Problem;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.model.Dispatch;
import io.github.webhookgen.core.model.Constant;
import io.github.webhookgen.core.model.JsonKind;
import io.github.webhookgen.core.model.Property;
import io.github.webhookgen.core.model.ScalarKind;
import io.github.webhookgen.core.model.TypeDecl;
import io.github.webhookgen.core.model.TypeDecl.Branch;
import io.github.webhookgen.core.model.TypeDecl.EnumDecl;
import io.github.webhookgen.core.model.TypeDecl.RecordDecl;
import io.github.webhookgen.core.model.TypeDecl.TupleDecl;
import io.github.webhookgen.core.model.TypeDecl.UnionDecl;
import io.github.webhookgen.core.model.TypeModel;
import io.github.webhookgen.core.model.TypeRef;
import io.github.webhookgen.core.schema.SchemaRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lowering to the type model, one nested group per keyword family. */
class LoweringTest {

    private static final TypeRef STRING = scalar(ScalarKind.STRING);
    private static final TypeRef INTEGER = scalar(ScalarKind.INTEGER);

    private final Problems problems = new Problems();

    @Nested
    class Types {

        @Test
        void eachJsonTypeBecomesItsScalar() {
            TypeModel model = lower("A.json", """
                    {'properties': {
                      's': {'type': 'string'},
                      'i': {'type': 'integer'},
                      'n': {'type': 'number'},
                      'b': {'type': 'boolean'},
                      'any': {'description': 'no type at all'},
                      'yes': true
                    }}""");

            assertEquals(STRING, property(model, "A.json", "s").type());
            assertEquals(INTEGER, property(model, "A.json", "i").type());
            assertEquals(scalar(ScalarKind.NUMBER), property(model, "A.json", "n").type());
            assertEquals(scalar(ScalarKind.BOOLEAN), property(model, "A.json", "b").type());
            assertEquals(TypeRef.ANY, property(model, "A.json", "any").type());
            assertEquals(TypeRef.ANY, property(model, "A.json", "yes").type());
        }

        @Test
        void nullBesideOneTypeLeavesThatType() {
            TypeModel model = lower("A.json", """
                    {'properties': {
                      's': {'type': ['string', 'null']},
                      'i': {'type': ['null', 'integer']},
                      'o': {'type': ['object', 'null'], 'properties': {'x': {'type': 'string'}}}
                    }}""");

            assertEquals(STRING, property(model, "A.json", "s").type());
            assertEquals(INTEGER, property(model, "A.json", "i").type());
            assertEquals(named("A.json", "/properties/o"), property(model, "A.json", "o").type());
        }

        @Test
        void twoTypesOtherThanNullAreAUnionByKind() {
            TypeModel model = lower("A.json", "{'properties': {'x': {'type': ['string', 'integer', 'null']}}}");

            assertEquals(named("A.json", "/properties/x"), property(model, "A.json", "x").type());
            UnionDecl union = union(model, "A.json", "/properties/x");
            assertEquals(List.of(new Branch(STRING, JsonKind.STRING, List.of()),
                    new Branch(INTEGER, JsonKind.NUMBER, List.of())), union.branches());
        }

        @Test
        void formatsDateTimeAndDateHaveTypesAndOtherFormatsStayStrings() {
            TypeModel model = lower("A.json", """
                    {'properties': {
                      'at': {'type': 'string', 'format': 'date-time'},
                      'on': {'type': 'string', 'format': 'date'},
                      'uri': {'type': 'string', 'format': 'uri'},
                      'time': {'type': 'string', 'format': 'time'},
                      'duration': {'type': 'string', 'format': 'duration'},
                      'count': {'type': 'integer', 'format': 'int32'}
                    }}""");

            assertEquals(scalar(ScalarKind.DATE_TIME), property(model, "A.json", "at").type());
            assertEquals(scalar(ScalarKind.DATE), property(model, "A.json", "on").type());
            assertEquals(STRING, property(model, "A.json", "uri").type());
            assertEquals(STRING, property(model, "A.json", "time").type());
            assertEquals(STRING, property(model, "A.json", "duration").type());
            assertEquals(INTEGER, property(model, "A.json", "count").type());
        }

        @Test
        void anIntegerIsALongUnlessItsFormatOrBoundsAllowMore() {
            TypeModel model = lower("A.json", """
                    {'properties': {
                      'plain': {'type': 'integer'},
                      'int64': {'type': 'integer', 'format': 'int64'},
                      'uint32': {'type': 'integer', 'format': 'uint32'},
                      'uint64': {'type': 'integer', 'format': 'uint64'},
                      'int128': {'type': 'integer', 'format': 'int128'},
                      'longMax': {'type': 'integer', 'minimum': -9223372036854775808, 'maximum': 9223372036854775807},
                      'above': {'type': 'integer', 'maximum': 9223372036854775808},
                      'below': {'type': 'integer', 'minimum': -9223372036854775809},
                      'huge': {'type': 'integer', 'maximum': 1e400},
                      'decimalBound': {'type': 'integer', 'maximum': 1.5e19},
                      'exclusiveAtTheEdge': {'type': 'integer', 'exclusiveMaximum': 9223372036854775808},
                      'exclusiveAbove': {'type': 'integer', 'exclusiveMaximum': 9223372036854775809},
                      'exclusiveMinimumAtTheEdge': {'type': 'integer', 'exclusiveMinimum': -9223372036854775809},
                      'exclusiveBelow': {'type': 'integer', 'exclusiveMinimum': -9223372036854775810},
                      'draft4Exclusive': {'type': 'integer', 'maximum': 9223372036854775808, 'exclusiveMaximum': true},
                      'draft4Inclusive': {'type': 'integer', 'maximum': 9223372036854775808, 'exclusiveMaximum': false},
                      'draft4ExclusiveMinimum': {'type': 'integer', 'minimum': -9223372036854775809,
                                                 'exclusiveMinimum': true},
                      'notANumber': {'type': 'integer', 'maximum': '1e30'},
                      'vendorLong': {'type': 'Long', 'format': 'uint64'},
                      'nullable': {'type': ['integer', 'null'], 'maximum': 1e20}
                    }}""");

            ScalarKind[] expected = {ScalarKind.INTEGER, ScalarKind.INTEGER, ScalarKind.INTEGER,
                ScalarKind.BIG_INTEGER, ScalarKind.BIG_INTEGER, ScalarKind.INTEGER, ScalarKind.BIG_INTEGER,
                ScalarKind.BIG_INTEGER, ScalarKind.BIG_INTEGER, ScalarKind.BIG_INTEGER, ScalarKind.INTEGER,
                ScalarKind.BIG_INTEGER, ScalarKind.INTEGER, ScalarKind.BIG_INTEGER, ScalarKind.INTEGER,
                ScalarKind.BIG_INTEGER, ScalarKind.INTEGER, ScalarKind.INTEGER, ScalarKind.BIG_INTEGER,
                ScalarKind.BIG_INTEGER};
            List<Property> properties = record(model, "A.json", "").properties();
            for (int i = 0; i < expected.length; i++) {
                assertEquals(scalar(expected[i]), properties.get(i).type(), properties.get(i).jsonName());
            }
            assertEquals(expected.length, properties.size());
        }
    }

    @Nested
    class Properties {

        @Test
        void keepSchemaOrderAndRequired() {
            TypeModel model = lower("A.json", """
                    {'type': 'object',
                     'properties': {'zebra': {'type': 'string'}, 'apple': {'type': 'string'}, 'mango': {}},
                     'required': ['mango', 'zebra']}""");

            List<Property> properties = record(model, "A.json", "").properties();

            assertEquals(List.of("zebra", "apple", "mango"), jsonNames(record(model, "A.json", "")));
            assertEquals(List.of(true, false, true), properties.stream().map(Property::required).toList());
        }

        @Test
        void anObjectWithPropertiesIsARecordEvenWithoutType() {
            TypeModel model = lower("A.json", "{'properties': {'x': {'type': 'string'}}}");

            assertInstanceOf(RecordDecl.class, model.get(new SchemaRef("A.json", "")));
        }

        @Test
        void aDocumentOfOnlyDefinitionsDeclaresNoTypeOfItsOwn() {
            TypeModel model = lower("Common.json", "{'definitions': {'Id': {'type': 'string'}}}");

            assertTrue(model.types().isEmpty(), model.types()::toString);
        }
    }

    @Nested
    class Descriptions {

        @Test
        void areKeptStrippedOnRecordsAndProperties() {
            TypeModel model = lower("A.json", """
                    {'description': '  An order.\\n',
                     'properties': {'id': {'type': 'string', 'description': 'The id.'}, 'n': {'type': 'integer'}}}""");

            assertEquals("An order.", record(model, "A.json", "").description());
            assertEquals("The id.", property(model, "A.json", "id").description());
            assertEquals("", property(model, "A.json", "n").description());
        }

        @Test
        void aPropertyWithoutOneTakesTheDescriptionOfWhatItRefersTo() {
            TypeModel model = lower(
                    "A.json", """
                            {'properties': {
                              'plain': {'$ref': 'B.json'},
                              'own': {'$ref': 'B.json', 'description': 'Said here.'}
                            }}""",
                    "B.json", "{'description': 'Said there.', 'properties': {'x': {}}}");

            assertEquals("Said there.", property(model, "A.json", "plain").description());
            assertEquals("Said here.", property(model, "A.json", "own").description());
        }

        @Test
        void areKeptOnEnumsAndUnions() {
            TypeModel model = lower("A.json", """
                    {'properties': {
                      'e': {'description': 'Colour.', 'enum': ['red', 'blue']},
                      'u': {'description': 'Either.', 'oneOf': [{'type': 'string'}, {'type': 'integer'}]}
                    }}""");

            assertEquals("Colour.", decl(model, "A.json", "/properties/e").description());
            assertEquals("Either.", decl(model, "A.json", "/properties/u").description());
        }
    }

    @Nested
    class Enums {

        @Test
        void severalStringValuesAreAnEnumInSchemaOrderWithoutDuplicatesOrNull() {
            TypeModel model = lower("A.json",
                    "{'properties': {'status': {'enum': ['open', 'closed', null, 'open', 'on-hold']}}}");

            assertEquals(named("A.json", "/properties/status"), property(model, "A.json", "status").type());
            assertEquals(new EnumDecl(new SchemaRef("A.json", "/properties/status"), "",
                    List.of("open", "closed", "on-hold")), decl(model, "A.json", "/properties/status"));
        }

        @Test
        void aSingleValueIsAConstantString() {
            TypeModel model = lower("A.json", "{'properties': {'kind': {'type': 'string', 'enum': ['notification']}}}");

            Property kind = property(model, "A.json", "kind");

            assertEquals(STRING, kind.type());
            assertEquals(Constant.string("notification"), kind.constant());
            assertEquals(List.of(new SchemaRef("A.json", "")), List.copyOf(model.types().keySet()));
        }

        @Test
        void aSingleValueBesideNullIsAStringButNotAConstant() {
            TypeModel model = lower("A.json", "{'properties': {'kind': {'enum': ['x', null]}}}");

            assertEquals(STRING, property(model, "A.json", "kind").type());
            assertNull(property(model, "A.json", "kind").constant());
        }

        @Test
        void numbersAreNotAnEnum() {
            TypeModel model = lower("A.json", "{'properties': {'level': {'type': 'integer', 'enum': [1, 2, 3]}}}");

            assertEquals(INTEGER, property(model, "A.json", "level").type());
            assertEquals(1, model.types().size());
        }
    }

    @Nested
    class Const {

        @Test
        void aStringConstIsAConstantString() {
            TypeModel model = lower("A.json", "{'properties': {'type': {'const': 'text'}}}");

            assertEquals(STRING, property(model, "A.json", "type").type());
            assertEquals(Constant.string("text"), property(model, "A.json", "type").constant());
        }

        @Test
        void aPropertyThatRefersToAConstantKeepsTheConstant() {
            TypeModel model = lower("A.json",
                    "{'properties': {'type': {'$ref': '#/definitions/K'}}, 'definitions': {'K': {'const': 'k'}}}");

            assertEquals(Constant.string("k"), property(model, "A.json", "type").constant());
        }

        @Test
        void aValueTheRestOfTheSchemaDoesNotAllowIsNotFixedAndSaysSo() {
            TypeModel model = lower("A.json", "{'properties': {"
                    + "'type': {'type': 'string', 'enum': ['template'], 'allOf': [{'$ref': '#/definitions/Kinds'}]}, "
                    + "'size': {'const': 5, 'allOf': [{'type': 'string'}]}}, "
                    + "'definitions': {'Kinds': {'type': 'array', 'enum': ['list'], 'items': {'type': 'string'}}}}");

            assertEquals(TypeRef.ANY, property(model, "A.json", "type").type());
            assertEquals(null, property(model, "A.json", "type").constant());
            assertEquals(List.of("property \"type\" is fixed to \"template\", a value the rest of its schema does not "
                    + "allow; typed by the rest, and not fixed"),
                    problems.all().stream().map(Problem::message).toList());
            assertEquals("/properties/type", problems.all().get(0).location().pointer());
            assertEquals(ProblemCode.INVALID_SCHEMA, problems.all().get(0).code());
            // A value listed decides the type when it is a scalar: the size is an integer, fixed to 5
            assertEquals(scalar(ScalarKind.INTEGER), property(model, "A.json", "size").type());
            assertEquals(Constant.number(BigDecimal.valueOf(5)), property(model, "A.json", "size").constant());
        }

        @Test
        void aNumberTooLongToWriteOutIsWrittenWithAnExponentAndAnIntegerSoLongIsNotFixed() {
            TypeModel model = lower("A.json", "{'properties': {'big': {'const': 1e999999999}, "
                    + "'tiny': {'const': 1.5e-999999999}, 'long': {'const': 1e999}}}");

            assertEquals(scalar(ScalarKind.BIG_INTEGER), property(model, "A.json", "big").type());
            assertEquals(null, property(model, "A.json", "big").constant());
            assertEquals(List.of("property \"big\" is fixed to 1E+999999999, an integer of more than 1000 digits, "
                    + "which no BigInteger is read with; typed BigInteger, and not fixed"),
                    problems.all().stream().map(Problem::message).toList());
            assertEquals(new Constant(JsonKind.NUMBER, "1.5E-999999999"), property(model, "A.json", "tiny").constant());
            assertEquals(new Constant(JsonKind.NUMBER, "1" + "0".repeat(999)), property(model, "A.json", "long")
                    .constant());
        }
    }

    @Nested
    class Refs {

        @Test
        void aRefIsTheTypeDeclaredWhereItPoints() {
            TypeModel model = lower(
                    "webhooks/A.json", "{'properties': {'b': {'$ref': 'B.json'}, 'again': {'$ref': './B.json'}}}",
                    "webhooks/B.json", "{'properties': {'x': {'type': 'string'}}}");

            assertEquals(named("webhooks/B.json", ""), property(model, "webhooks/A.json", "b").type());
            assertEquals(named("webhooks/B.json", ""), property(model, "webhooks/A.json", "again").type());
            assertEquals(List.of(new SchemaRef("webhooks/A.json", ""), new SchemaRef("webhooks/B.json", "")),
                    List.copyOf(model.types().keySet()));
        }

        @Test
        void aChainOfRefsIsFollowedToTheEnd() {
            TypeModel model = lower(
                    "A.json", "{'properties': {'c': {'$ref': 'B.json'}}}",
                    "B.json", "{'$ref': 'C.json#/definitions/Target'}",
                    "C.json", "{'definitions': {'Target': {'properties': {'x': {}}}}}");

            assertEquals(named("C.json", "/definitions/Target"), property(model, "A.json", "c").type());
        }

        @Test
        void aRefToAScalarIsThatScalar() {
            TypeModel model = lower("A.json",
                    "{'properties': {'id': {'$ref': '#/definitions/Id'}}, 'definitions': {'Id': {'type': 'integer'}}}");

            assertEquals(INTEGER, property(model, "A.json", "id").type());
        }

        @Test
        void aRefByAnchorOrByIdIsTheTypeDeclaredThere() {
            TypeModel model = lower(
                    "webhooks/A.json", """
                            {'properties': {
                              'byAnchor': {'$ref': '#item'},
                              'byUri': {'$ref': 'https://example.test/common#/definitions/Id'},
                              'byPlainId': {'$ref': 'https://example.test/common#code'}
                            },
                             '$defs': {'Item': {'$anchor': 'item', 'properties': {'x': {}}}}}""",
                    "shared/Common.json", """
                            {'$id': 'https://example.test/common',
                             'definitions': {'Id': {'type': 'integer'}, 'Code': {'$id': '#code', 'enum': ['a', 'b']}}}""");

            assertEquals(named("webhooks/A.json", "/$defs/Item"), property(model, "webhooks/A.json", "byAnchor").type());
            assertEquals(INTEGER, property(model, "webhooks/A.json", "byUri").type());
            assertEquals(named("shared/Common.json", "/definitions/Code"),
                    property(model, "webhooks/A.json", "byPlainId").type());
            assertEquals(List.of(), problems.all());
        }

        @Test
        void aPointerWithoutItsSlashIsFollowedWithAWarningOncePerRef() {
            TypeModel model = lower("A.json", """
                    {'properties': {'p': {'$ref': '#definitions/product'}, 'q': {'$ref': '#definitions/product'}},
                     'definitions': {'product': {'properties': {'x': {}}}}}""");

            assertEquals(named("A.json", "/definitions/product"), property(model, "A.json", "p").type());
            assertEquals(List.of("/properties/p/$ref", "/properties/q/$ref"),
                    problems.all().stream().map(p -> p.location().pointer()).toList());
            assertEquals(List.of(ProblemCode.NON_STANDARD_KEYWORD, ProblemCode.NON_STANDARD_KEYWORD),
                    problems.all().stream().map(Problem::code).toList());
        }

        @Test
        void annotationsBesideARefAreSilentAndKeywordsThatShapeTheTypeAreNotBeforeDraft2019() {
            lower("A.json", """
                    {'$schema': 'http://json-schema.org/draft-07/schema#', 'properties': {
                      'quiet': {'$ref': '#/definitions/P', 'default': {}, 'deprecated': true, 'title': 'T',
                                'examples': [], 'readOnly': true, 'x-kind': 1, 'format': 'uri', '$comment': 'c'},
                      'loud': {'$ref': '#/definitions/P', 'properties': {'y': {}}, 'format': 'date-time'},
                      'date': {'$ref': '#/definitions/P', 'format': 'date'},
                      'wide': {'$ref': '#/definitions/P', 'format': 'uint64'}
                    },
                     'definitions': {'P': {'properties': {'x': {}}}}}""");

            assertEquals(List.of("/properties/date/format", "/properties/loud/format", "/properties/loud/properties",
                    "/properties/wide/format"),
                    problems.all().stream().map(p -> p.location().pointer()).sorted().toList());
            assertTrue(problems.all().stream().allMatch(p -> p.code() == ProblemCode.UNSUPPORTED_KEYWORD));
        }

        @Test
        void anUnresolvableRefIsAnErrorWhenStrict() {
            new Lowering(schemas("A.json", "{'properties': {'b': {'$ref': 'Nope.json'}}}"), problems, true)
                    .lower(DispatchRoot.DEFAULT);

            assertEquals(List.of(ProblemCode.UNRESOLVED_REF), problems.all().stream().map(Problem::code).toList());
            assertTrue(problems.hasErrors());
        }

        @Test
        void anUnresolvableRefIsAnyValueAndAWarningWhenNotStrict() {
            TypeModel model = new Lowering(schemas("A.json", "{'properties': {'b': {'$ref': 'Nope.json'}}}"), problems,
                    false).lower(DispatchRoot.DEFAULT);

            assertEquals(TypeRef.ANY, property(model, "A.json", "b").type());
            assertFalse(problems.hasErrors());
            assertEquals(List.of(ProblemCode.UNRESOLVED_REF), problems.all().stream().map(Problem::code).toList());
        }
    }

    @Nested
    class Definitions {

        @Test
        void everyDefinitionIsDeclaredEvenWhenNothingRefersToIt() {
            TypeModel model = lower("A.json", """
                    {'definitions': {'Old': {'properties': {'x': {}}}, 'Colour': {'enum': ['red', 'green']}},
                     '$defs': {'New': {'properties': {'y': {}}}}}""");

            assertInstanceOf(RecordDecl.class, decl(model, "A.json", "/definitions/Old"));
            assertInstanceOf(EnumDecl.class, decl(model, "A.json", "/definitions/Colour"));
            assertInstanceOf(RecordDecl.class, decl(model, "A.json", "/$defs/New"));
        }

        @Test
        void aMemberOfDefinitionsThatIsNoSchemaIsSkippedWithAWarning() {
            TypeModel model = lower("A.json", """
                    {'definitions': {'Note': 'see the README', 'Real': {'properties': {'x': {}}}, 'Yes': true},
                     '$defs': {'List': [1, 2]}}""");

            assertInstanceOf(RecordDecl.class, decl(model, "A.json", "/definitions/Real"));
            assertEquals(List.of(
                    "A.json:1:26: warning: [INVALID_SCHEMA] a member of 'definitions' must be a schema (a JSON object "
                            + "or a boolean), not a string; skipped (at #/definitions/Note)",
                    "A.json:2:20: warning: [INVALID_SCHEMA] a member of '$defs' must be a schema (a JSON object or a "
                            + "boolean), not an array; skipped (at #/$defs/List)"),
                    problems.all().stream().map(Problem::toString).toList());
        }

        @Test
        void aDefinitionReferredToIsDeclaredOnceAtItsOwnAddress() {
            TypeModel model = lower("A.json", """
                    {'properties': {'a': {'$ref': '#/definitions/P'}, 'b': {'$ref': '#/definitions/P'}},
                     'definitions': {'P': {'properties': {'x': {}}}}}""");

            assertEquals(named("A.json", "/definitions/P"), property(model, "A.json", "a").type());
            assertEquals(named("A.json", "/definitions/P"), property(model, "A.json", "b").type());
            assertEquals(2, model.types().size());
        }
    }

    @Nested
    class AdditionalProperties {

        @Test
        void anObjectWithoutPropertiesIsAMap() {
            TypeModel model = lower("A.json", """
                    {'properties': {
                      'open': {'type': 'object'},
                      'counts': {'type': 'object', 'additionalProperties': {'type': 'integer'}},
                      'anything': {'type': 'object', 'additionalProperties': true},
                      'byKey': {'additionalProperties': {'$ref': '#/definitions/P'}}
                    },
                    'definitions': {'P': {'properties': {'x': {}}}}}""");

            assertEquals(new TypeRef.MapOf(TypeRef.ANY), property(model, "A.json", "open").type());
            assertEquals(new TypeRef.MapOf(INTEGER), property(model, "A.json", "counts").type());
            assertEquals(new TypeRef.MapOf(TypeRef.ANY), property(model, "A.json", "anything").type());
            assertEquals(new TypeRef.MapOf(named("A.json", "/definitions/P")),
                    property(model, "A.json", "byKey").type());
        }

        @Test
        void anObjectWithPropertiesIsARecordWhateverItsAdditionalProperties() {
            TypeModel model = lower("A.json", """
                    {'properties': {
                      'closed': {'type': 'object', 'properties': {'x': {}}, 'additionalProperties': false},
                      'mixed': {'type': 'object', 'properties': {'y': {}}, 'additionalProperties': {'type': 'string'}}
                    }}""");

            assertInstanceOf(RecordDecl.class, decl(model, "A.json", "/properties/closed"));
            assertInstanceOf(RecordDecl.class, decl(model, "A.json", "/properties/mixed"));
        }
    }

    @Nested
    class Items {

        @Test
        void anArrayIsAListOfItsItems() {
            TypeModel model = lower("A.json", """
                    {'properties': {
                      'tags': {'type': 'array', 'items': {'type': 'string'}},
                      'rows': {'type': 'array', 'items': {'type': 'array', 'items': {'type': 'number'}}},
                      'loose': {'type': 'array'},
                      'tuple': {'type': 'array', 'items': [{'type': 'string'}]}
                    }}""");

            assertEquals(new TypeRef.ListOf(STRING), property(model, "A.json", "tags").type());
            assertEquals(new TypeRef.ListOf(new TypeRef.ListOf(scalar(ScalarKind.NUMBER))),
                    property(model, "A.json", "rows").type());
            assertEquals(new TypeRef.ListOf(TypeRef.ANY), property(model, "A.json", "loose").type());
            // draft-04 items as an array: the leading items have types, any more are any JSON value
            assertEquals(new TupleDecl(new SchemaRef("A.json", "/properties/tuple"), "", List.of(STRING), TypeRef.ANY),
                    model.get(new SchemaRef("A.json", "/properties/tuple")));
        }

        @Test
        void objectItemsAreARecordAtTheItemsAddress() {
            TypeModel model = lower("A.json",
                    "{'properties': {'lines': {'type': 'array', 'items': {'properties': {'sku': {}}}}}}");

            assertEquals(new TypeRef.ListOf(named("A.json", "/properties/lines/items")),
                    property(model, "A.json", "lines").type());
            assertInstanceOf(RecordDecl.class, decl(model, "A.json", "/properties/lines/items"));
        }
    }

    @Nested
    class DiscriminatedUnions {

        private static final String TEXT = "{'type': 'object', 'properties': {'type': {'enum': ['text']}, 'text': {}}}";
        private static final String IMAGE = "{'type': 'object', 'properties': {'type': {'const': 'image'}, 'url': {}}}";

        @Test
        void objectBranchesFixingOnePropertyToDistinctValuesAreChosenByIt() {
            TypeModel model = lower(
                    "Event.json", "{'oneOf': [{'$ref': 'Text.json'}, {'$ref': 'Image.json'}]}",
                    "Text.json", TEXT,
                    "Image.json", IMAGE);

            assertEquals(new UnionDecl(new SchemaRef("Event.json", ""), "", List.of("type"), List.of(
                            new Branch(named("Text.json", ""), JsonKind.OBJECT, key("text")),
                            new Branch(named("Image.json", ""), JsonKind.OBJECT, key("image")))),
                    decl(model, "Event.json", ""));
        }

        @Test
        void anyOfIsReadAsOneOf() {
            TypeModel model = lower(
                    "Event.json", "{'anyOf': [{'$ref': 'Text.json'}, {'$ref': 'Image.json'}]}",
                    "Text.json", TEXT,
                    "Image.json", IMAGE);

            assertEquals("type", union(model, "Event.json", "").discriminator());
        }

        @Test
        void typeIsPreferredWhenSeveralPropertiesTellTheBranchesApart() {
            TypeModel model = lower("Event.json", """
                    {'oneOf': [
                      {'properties': {'kind': {'enum': ['a']}, 'type': {'enum': ['x']}}},
                      {'properties': {'kind': {'enum': ['b']}, 'type': {'enum': ['y']}}}
                    ]}""");

            assertEquals("type", union(model, "Event.json", "").discriminator());
        }

        @Test
        void anotherPropertyDecidesWhenTypeIsTheSameInEveryBranch() {
            TypeModel model = lower("Event.json", """
                    {'oneOf': [
                      {'properties': {'type': {'enum': ['content']}, 'contentType': {'enum': ['text/plain']}}},
                      {'properties': {'type': {'enum': ['content']}, 'contentType': {'enum': ['hosted/file']}}}
                    ]}""");

            UnionDecl union = union(model, "Event.json", "");

            assertEquals("contentType", union.discriminator());
            assertEquals(List.of(List.of("text/plain"), List.of("hosted/file")),
                    union.branches().stream().map(Branch::discriminatorValues).toList());
        }

        @Test
        void aNestedUnionWhoseBranchesShareTypeIsOneBranchChosenByThatType() {
            TypeModel model = lower(
                    "Event.json", "{'oneOf': [{'$ref': 'Text.json'}, {'$ref': 'Content.json'}]}",
                    "Text.json", TEXT,
                    "Content.json", """
                            {'oneOf': [
                              {'properties': {'type': {'enum': ['content']}, 'contentType': {'enum': ['text/plain']}}},
                              {'properties': {'type': {'enum': ['content']}, 'contentType': {'enum': ['hosted/file']}}}
                            ]}""");

            UnionDecl event = union(model, "Event.json", "");
            UnionDecl content = union(model, "Content.json", "");

            assertEquals("type", event.discriminator());
            assertEquals(new Branch(named("Content.json", ""), JsonKind.OBJECT, key("content")),
                    event.branches().get(1));
            assertEquals("contentType", content.discriminator());
            assertEquals(List.of(named("Content.json", "/oneOf/0"), named("Content.json", "/oneOf/1")),
                    content.branches().stream().map(Branch::type).toList());
        }

        @Test
        void aNestedUnionWhoseBranchesDifferInTypeIsChosenByAllOfTheirValues() {
            TypeModel model = lower(
                    "Event.json", "{'oneOf': [{'$ref': 'Text.json'}, {'$ref': 'Media.json'}]}",
                    "Text.json", TEXT,
                    "Media.json", "{'oneOf': [{'$ref': 'Image.json'}, {'properties': {'type': {'enum': ['video']}}}]}",
                    "Image.json", IMAGE);

            assertEquals(List.of("image", "video"),
                    union(model, "Event.json", "").branches().get(1).discriminatorValues());
        }

        @Test
        void aSingleAlternativeIsThatAlternative() {
            TypeModel model = lower("A.json", "{'properties': {'x': {'oneOf': [{'type': 'string'}]}}}");

            assertEquals(STRING, property(model, "A.json", "x").type());
            assertEquals(1, model.types().size());
        }

        @Test
        void objectBranchesNothingTellsApartAreAnyValue() {
            TypeModel model = lower("A.json", """
                    {'properties': {'x': {'oneOf': [{'properties': {'a': {}}}, {'properties': {'b': {}}}]}}}""");

            assertEquals(TypeRef.ANY, property(model, "A.json", "x").type());
            assertFalse(model.types().containsKey(new SchemaRef("A.json", "/properties/x")));
        }

        @Test
        void aRefToAUnionThatCannotBeRepresentedBecomesAnyValue() {
            TypeModel model = lower("U.json", """
                    {'oneOf': [
                      {'properties': {'a': {'type': 'string'}, 'parent': {'$ref': '#'}}},
                      {'properties': {'b': {'type': 'string'}}}
                    ]}""");

            assertFalse(model.types().containsKey(new SchemaRef("U.json", "")));
            assertEquals(TypeRef.ANY, record(model, "U.json", "/oneOf/0").properties().get(1).type());
        }
    }

    @Nested
    class KindUnions {

        @Test
        void branchesOfDifferentJsonKindsNeedNoDiscriminator() {
            TypeModel model = lower("A.json", """
                    {'properties': {'content': {'oneOf': [
                      {'type': 'string'},
                      {'type': 'object', 'properties': {'title': {'type': 'string'}}}
                    ]}}}""");

            assertEquals(new UnionDecl(new SchemaRef("A.json", "/properties/content"), "", List.of(), List.of(
                            new Branch(STRING, JsonKind.STRING, List.of()),
                            new Branch(named("A.json", "/properties/content/oneOf/1"), JsonKind.OBJECT, List.of()))),
                    decl(model, "A.json", "/properties/content"));
        }

        @Test
        void everyScalarKindAndArraysCanBeABranch() {
            TypeModel model = lower("A.json", """
                    {'properties': {'v': {'anyOf': [
                      {'type': 'integer'}, {'type': 'boolean'}, {'type': 'array', 'items': {'type': 'string'}},
                      {'enum': ['a', 'b']}
                    ]}}}""");

            UnionDecl union = union(model, "A.json", "/properties/v");

            assertEquals(List.of(JsonKind.NUMBER, JsonKind.BOOLEAN, JsonKind.ARRAY, JsonKind.STRING),
                    union.branches().stream().map(Branch::kind).toList());
            assertEquals(new TypeRef.ListOf(STRING), union.branches().get(2).type());
            assertTrue(union.objectBranches().isEmpty());
        }

        @Test
        void twoBranchesOfTheSameKindAreTheTypeThatHoldsBoth() {
            TypeModel model = lower("A.json", """
                    {'properties': {'v': {'oneOf': [
                      {'type': 'string'}, {'type': 'string', 'format': 'date-time'}
                    ]}}}""");

            assertEquals(STRING, property(model, "A.json", "v").type());
        }
    }

    @Nested
    class AllOf {

        private static final String BASE = """
                {'description': 'The base.', 'properties': {'id': {'type': 'string'}, 'name': {'type': 'string'}},
                 'required': ['id']}""";

        @Test
        void mergesThePropertiesAndRequiredOfEveryPart() {
            TypeModel model = lower(
                    "Derived.json", """
                            {'allOf': [{'$ref': 'Base.json'}, {'properties': {'extra': {'type': 'integer'}},
                                                               'required': ['extra']}]}""",
                    "Base.json", BASE);

            RecordDecl derived = record(model, "Derived.json", "");

            assertEquals(List.of("id", "name", "extra"), jsonNames(derived));
            assertEquals(List.of(true, false, true), derived.properties().stream().map(Property::required).toList());
            assertEquals(INTEGER, derived.properties().get(2).type());
            assertEquals("The base.", derived.description());
        }

        @Test
        void ownPropertiesAndDescriptionComeFirstAndWin() {
            TypeModel model = lower(
                    "Derived.json", """
                            {'description': 'Derived.', 'properties': {'name': {'type': 'integer'}},
                             'allOf': [{'$ref': 'Base.json'}]}""",
                    "Base.json", BASE);

            RecordDecl derived = record(model, "Derived.json", "");

            assertEquals(List.of("name", "id"), jsonNames(derived));
            assertEquals(INTEGER, derived.properties().get(0).type());
            assertEquals("Derived.", derived.description());
        }

        @Test
        void draft03ExtendsIsReadAsAllOfWithOneSchemaOrSeveral() {
            TypeModel model = lower(
                    "One.json", "{'extends': {'$ref': 'Base.json'}, 'properties': {'extra': {'type': 'integer'}}}",
                    "Several.json", """
                            {'extends': [{'$ref': 'Base.json'}, {'properties': {'more': {'type': 'string'}}}],
                             'type': 'object'}""",
                    "Base.json", BASE);

            assertEquals(List.of("extra", "id", "name"), jsonNames(record(model, "One.json", "")));
            assertEquals(List.of("id", "name", "more"), jsonNames(record(model, "Several.json", "")));
            assertEquals(List.of(), problems.all());
        }

        @Test
        void aCycleOfAllOfsEnds() {
            TypeModel model = lower(
                    "A.json", "{'properties': {'a': {}}, 'allOf': [{'$ref': 'B.json'}]}",
                    "B.json", "{'properties': {'b': {}}, 'allOf': [{'$ref': 'A.json'}]}");

            assertEquals(List.of("a", "b"), jsonNames(record(model, "A.json", "")));
        }
    }

    @Nested
    class Keywords {

        @Test
        void annotationsAndValidationKeywordsAreSilentWhereverTheyStand() {
            lower("A.json", """
                    {'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://example.test/a',
                     '$vocabulary': {}, '$comment': 'c', 'title': 't', 'markdownDescription': 'm', '_metadata': {},
                     'x-internal': true, 'errorMessage': 'e', 'deprecationMessage': 'd', 'unknownVendorThing': 1,
                     'properties': {
                       'a': {'type': 'string', 'format': 'uri', 'minLength': 1, 'pattern': '^a', 'examples': ['a'],
                             'default': 'a', 'deprecated': true, 'readOnly': true, 'writeOnly': false,
                             'contentMediaType': 'text/plain', 'contentEncoding': 'base64', 'contentSchema': {},
                             '$anchor': 'a', '$dynamicAnchor': 'b', 'not': {'const': ''}, 'readonly': 'true',
                             'encryption': 'none'},
                       'b': {'enum': ['x', 'y'], 'enumDescriptions': ['X', 'Y'], 'markdownEnumDescriptions': ['X']},
                       'c': {'type': 'object', 'properties': {'d': {}}, 'propertyNames': {'maxLength': 3},
                             'dependentRequired': {'d': []}, 'dependencies': {'d': ['e']}, 'if': {}, 'minProperties': 1,
                             'unevaluatedProperties': false, 'discriminator': {'propertyName': 'd'}},
                       'e': {'type': 'array', 'items': {}, 'contains': {}, 'minContains': 1, 'uniqueItems': true,
                             'additionalItems': false}
                     }}""");

            assertEquals(List.of(), problems.all());
        }

        @Test
        void keywordsThatWouldShapeTheTypeAndAreIgnoredAreWarnings() {
            lower("A.json", """
                    {'properties': {
                      'a': {'type': 'object', 'patternProperties': {'^x': {}}, 'dependentSchemas': {'y': {}},
                            'dependencies': {'z': {'properties': {}}}, 'then': {}, 'else': {},
                            'unevaluatedProperties': {'type': 'string'}},
                      'b': {'type': 'array', 'prefixItems': [{}], 'items': [{}], 'additionalItems': {},
                            'unevaluatedItems': {}},
                      'c': {'$dynamicRef': '#node'},
                      'd': {'type': 'string', 'Format': 'date-time', 'required': true}
                    }}""");

            assertEquals(List.of(
                    "UNSUPPORTED_KEYWORD /properties/a/dependencies",
                    "UNSUPPORTED_KEYWORD /properties/a/dependentSchemas",
                    "UNSUPPORTED_KEYWORD /properties/a/else",
                    "UNSUPPORTED_KEYWORD /properties/a/then",
                    "UNSUPPORTED_KEYWORD /properties/a/unevaluatedProperties",
                    "UNSUPPORTED_KEYWORD /properties/b/unevaluatedItems",
                    "UNSUPPORTED_KEYWORD /properties/c/$dynamicRef",
                    "NON_STANDARD_KEYWORD /properties/d/Format",
                    "NON_STANDARD_KEYWORD /properties/d/required"),
                    problems.all().stream().map(p -> p.code() + " " + p.location().pointer())
                            .sorted(java.util.Comparator.comparing((String line) -> line.split(" ")[1])).toList());
        }

        @Test
        void aSchemaThatIsNoObjectIsAWarningAndAnyValue() {
            TypeModel model = lower("A.json", "{'properties': {'size': 12, 'tags': {'items': 'string', "
                    + "'type': 'array'}}}");

            assertEquals(TypeRef.ANY, property(model, "A.json", "size").type());
            assertEquals(new TypeRef.ListOf(TypeRef.ANY), property(model, "A.json", "tags").type());
            assertEquals(List.of("A.json:1:25: warning: [INVALID_SCHEMA] a schema must be a JSON object or a boolean, "
                    + "not a number; typed as JsonNode (at #/properties/size)"),
                    problems.all().stream().map(Problem::toString).toList());
        }
    }

    @Nested
    class RecursiveTypes {

        @Test
        void aRecordHoldingAListOfItselfRefersToItself() {
            TypeModel model = lower("Node.json",
                    "{'properties': {'name': {}, 'children': {'type': 'array', 'items': {'$ref': '#'}}}}");

            assertEquals(new TypeRef.ListOf(named("Node.json", "")), property(model, "Node.json", "children").type());
        }

        @Test
        void aDefinitionRefersToItselfAndTwoFilesToEachOther() {
            TypeModel model = lower(
                    "A.json", """
                            {'properties': {'b': {'$ref': 'B.json'}, 'next': {'$ref': '#/definitions/Link'}},
                             'definitions': {'Link': {'properties': {'next': {'$ref': '#/definitions/Link'}}}}}""",
                    "B.json", "{'properties': {'a': {'$ref': 'A.json'}}}");

            assertEquals(named("A.json", ""), property(model, "B.json", "a").type());
            assertEquals(named("B.json", ""), property(model, "A.json", "b").type());
            assertEquals(named("A.json", "/definitions/Link"),
                    record(model, "A.json", "/definitions/Link").properties().get(0).type());
        }

        @Test
        void aUnionWhoseBranchHoldsAListOfTheUnion() {
            TypeModel model = lower("Element.json", """
                    {'oneOf': [
                      {'properties': {'type': {'enum': ['layout']},
                                      'elements': {'type': 'array', 'items': {'$ref': '#'}}}},
                      {'properties': {'type': {'enum': ['text']}, 'text': {'type': 'string'}}}
                    ]}""");

            assertEquals("type", union(model, "Element.json", "").discriminator());
            assertEquals(new TypeRef.ListOf(named("Element.json", "")),
                    record(model, "Element.json", "/oneOf/0").properties().get(1).type());
        }
    }

    @Nested
    class DispatchDerivations {

        private static final DispatchRoot ROOT = new DispatchRoot("events/Root.json", List.of("payload", "items"));

        private final String[] archive = {
            "events/Root.json", "{'oneOf': [{'$ref': 'Chat.json'}, {'$ref': 'State.json'}, {'$ref': 'Ping.json'}]}",
            "events/Chat.json", """
                    {'properties': {'type': {'enum': ['chat']}, 'payload': {'properties': {
                      'items': {'type': 'array', 'items': {'$ref': 'ChatChange.json'}}}}}}""",
            "events/ChatChange.json", "{'properties': {'seq': {}, 'event': {'$ref': 'ChatEvent.json'}}}",
            "events/ChatEvent.json", """
                    {'oneOf': [{'properties': {'type': {'enum': ['text']}}},
                               {'properties': {'type': {'enum': ['read']}}}]}""",
            "events/State.json", """
                    {'properties': {'type': {'enum': ['state']}, 'payload': {'properties': {
                      'items': {'type': 'array', 'items': {'properties': {'state': {'type': 'string'}}}}}}}}""",
            "events/Ping.json", "{'properties': {'type': {'enum': ['ping']}, 'at': {'type': 'integer'}}}",
        };

        @Test
        void eachNotificationWithChangesAtThePathIsARouteOfChangesAndTheOthersAreCalledWhole() {
            Dispatch dispatch = lower(ROOT, archive).dispatch().orElseThrow();

            assertEquals(new SchemaRef("events/Root.json", ""), dispatch.root());
            assertEquals(List.of(
                    new Dispatch.Route(new SchemaRef("events/Chat.json", ""), List.of("payload", "items"),
                            new SchemaRef("events/ChatChange.json", ""), "event",
                            new SchemaRef("events/ChatEvent.json", "")),
                    new Dispatch.Route(new SchemaRef("events/State.json", ""), List.of("payload", "items"),
                            new SchemaRef("events/State.json", "/properties/payload/properties/items/items"), null,
                            null),
                    Dispatch.Route.whole(new SchemaRef("events/Ping.json", ""))),
                    dispatch.routes());
            assertEquals(List.of(), problems.all());
        }

        @Test
        void withoutAChangesPathEveryNotificationIsCalledWhole() {
            Dispatch dispatch = lower(new DispatchRoot("events/Root.json", List.of()), archive).dispatch()
                    .orElseThrow();

            assertEquals(List.of(Dispatch.Route.whole(new SchemaRef("events/Chat.json", "")),
                    Dispatch.Route.whole(new SchemaRef("events/State.json", "")),
                    Dispatch.Route.whole(new SchemaRef("events/Ping.json", ""))), dispatch.routes());
            assertEquals(List.of(), problems.all());
        }

        @Test
        void aRootInsideADocumentIsFoundByItsPointerThroughItsRef() {
            String[] withApi = append(archive, "events/Api.json",
                    "{'definitions': {'Message': {'$ref': 'Root.json'}}}");

            Dispatch dispatch = lower(DispatchRoot.of("events/Api.json#/definitions/Message", "payload.items"),
                    withApi).dispatch().orElseThrow();

            assertEquals(new SchemaRef("events/Root.json", ""), dispatch.root());
            assertEquals(3, dispatch.routes().size());
        }

        @Test
        void aChangesPathThatLeadsNowhereIsAWarningAndEveryNotificationIsCalledWhole() {
            Dispatch dispatch = lower(DispatchRoot.of("events/Root.json", "payload.entries"), archive).dispatch()
                    .orElseThrow();

            assertTrue(dispatch.routes().stream().noneMatch(Dispatch.Route::hasChanges));
            assertEquals(List.of("events/Root.json:1:1: warning: [NO_DISPATCH_ROOT] changesPath \"payload.entries\" "
                    + "leads to a list of objects or of events a discriminator tells apart in no branch of "
                    + "\"events/Root.json\": events/Chat.json and events/State.json have nothing at "
                    + "\"payload.entries\", events/Ping.json has nothing at \"payload\"; the visitor is called once "
                    + "per notification instead"), lines());
        }

        @Test
        void aListWhoseElementsAreADiscriminatedUnionIsARouteOfEvents() {
            String[] events = append(archive, "events/Batch.json", """
                    {'properties': {'type': {'enum': ['batch']}, 'payload': {'properties': {
                      'items': {'type': 'array', 'items': {'$ref': 'ChatEvent.json'}}}}}}""");
            events[1] = "{'oneOf': [{'$ref': 'Batch.json'}, {'$ref': 'Ping.json'}]}";

            Dispatch dispatch = lower(ROOT, events).dispatch().orElseThrow();

            SchemaRef chatEvent = new SchemaRef("events/ChatEvent.json", "");
            Dispatch.Route route = dispatch.routes().get(0);
            assertEquals(new Dispatch.Route(new SchemaRef("events/Batch.json", ""), List.of("payload", "items"),
                    chatEvent, null, chatEvent), route);
            assertTrue(route.hasChanges());
            assertTrue(route.changeIsEvent());
            assertFalse(dispatch.routes().get(1).hasChanges());
            assertEquals(List.of(), problems.all());
        }

        @Test
        void aChangeThatHoldsEventsIsNotItselfAnEvent() {
            Dispatch dispatch = lower(ROOT, archive).dispatch().orElseThrow();

            assertFalse(dispatch.routes().get(0).changeIsEvent());
            assertFalse(dispatch.routes().get(1).changeIsEvent());
        }

        /**
         * What the changes path finds instead of changes, as the warning says it, by the schema of the items (a union
         * that no discriminator tells apart is typed JsonNode, with a warning of its own).
         */
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                {'type': 'string'}                                               | a list of strings there
                {'type': 'integer'}                                              | a list of integers there
                {}                                                               | a list of values of any type there
                {'type': 'array', 'items': {'type': 'number'}}                   | a list of lists of numbers there
                {'enum': ['a', 'b']}                                             | a list of strings of an enum there
                {'oneOf': [{'type': 'string'}, {'type': 'integer'}]}             | a list of strings or integers there
                {'anyOf': [{'properties': {'a': {}}}, {'type': 'string'}]}       | a list of objects or strings there
                {'oneOf': [{'properties': {'a': {'const': 1}}}, {'properties': {'b': {'const': 2}}}]} \
                    | a list of values of any type there
                """)
        void aListOfWhatCannotBeDispatchedIsSaidPrecisely(String items, String found) {
            lower(DispatchRoot.of("events/Root.json", "payload.entries"), "events/Root.json",
                    "{'oneOf': [{'$ref': 'Audit.json'}, {'$ref': 'Ping.json'}]}",
                    "events/Audit.json", "{'properties': {'type': {'const': 'audit'}, 'payload': {'properties': {"
                            + "'entries': {'type': 'array', 'items': " + items + "}}}}}",
                    "events/Ping.json", "{'properties': {'type': {'const': 'ping'}}}");

            assertEquals(List.of("events/Root.json:1:1: warning: [NO_DISPATCH_ROOT] changesPath \"payload.entries\" "
                    + "leads to a list of objects or of events a discriminator tells apart in no branch of "
                    + "\"events/Root.json\": events/Audit.json has " + found + ", events/Ping.json has nothing at "
                    + "\"payload\"; the visitor is called once per notification instead"),
                    lines().stream().filter(line -> line.contains("NO_DISPATCH_ROOT")).toList());
        }

        @Test
        void anObjectAScalarOrAUnionOnTheWayIsSaidWithWhereItIs() {
            lower(DispatchRoot.of("events/Root.json", "payload.entries"), "events/Root.json", """
                    {'oneOf': [{'$ref': '#/$defs/Object'}, {'$ref': '#/$defs/Scalar'}, {'$ref': '#/$defs/Kinds'}],
                     '$defs': {
                       'Object': {'properties': {'type': {'const': 'object'}, 'payload': {'properties': {
                         'entries': {'properties': {'id': {'type': 'string'}}}}}}},
                       'Scalar': {'properties': {'type': {'const': 'scalar'}, 'payload': {'type': 'boolean'}}},
                       'Kinds': {'oneOf': [{'properties': {'type': {'const': 'a'}}},
                                           {'properties': {'type': {'const': 'b'}}}]}}}""");

            assertEquals(List.of("events/Root.json:1:1: warning: [NO_DISPATCH_ROOT] changesPath \"payload.entries\" "
                    + "leads to a list of objects or of events a discriminator tells apart in no branch of "
                    + "\"events/Root.json\": #/$defs/Object has an object there, #/$defs/Scalar has a boolean at "
                    + "\"payload\", #/$defs/Kinds is a union that \"type\" tells apart, whose branches the path does "
                    + "not enter; the visitor is called once per notification instead"), lines());
        }

        @Test
        void aKindWithSomethingElseAtThePathIsAWarningWhereItIsWhenOtherKindsHaveChanges() {
            String[] withAudit = append(archive, "events/Audit.json", """
                    {'properties': {'type': {'enum': ['audit']}, 'payload': {'properties': {
                      'items': {'type': 'array', 'items': {'type': 'string'}}}}}}""");
            withAudit[1] = "{'oneOf': [{'$ref': 'Chat.json'}, {'$ref': 'Audit.json'}, {'$ref': 'Ping.json'}]}";

            Dispatch dispatch = lower(ROOT, withAudit).dispatch().orElseThrow();

            assertEquals(List.of(true, false, false), dispatch.routes().stream().map(Dispatch.Route::hasChanges)
                    .toList());
            assertEquals(List.of("events/Audit.json:1:1: warning: [NO_DISPATCH_ROOT] changesPath \"payload.items\": "
                    + "events/Audit.json has a list of strings there, not a list of objects or of events a "
                    + "discriminator tells apart; the visitor is called once per notification of this kind instead"),
                    lines());
        }

        @Test
        void propertyNamesAreSaidAsWrittenEvenWithAPercentSign() {
            lower(DispatchRoot.of("events/Root.json", "100%.list"), "events/Root.json", """
                    {'oneOf': [{'properties': {'type': {'const': 'a'}, '100%': {'type': 'string'}}},
                               {'properties': {'type': {'const': 'b'}}}]}""");

            assertEquals(List.of("events/Root.json:1:1: warning: [NO_DISPATCH_ROOT] changesPath \"100%.list\" leads "
                    + "to a list of objects or of events a discriminator tells apart in no branch of "
                    + "\"events/Root.json\": #/oneOf/0 has a string at \"100%\", #/oneOf/1 has nothing at "
                    + "\"100%\"; the visitor is called once per notification instead"), lines());
        }

        @Test
        void manyKindsWithTheSameFindingAreNamedUpToFive() {
            StringBuilder root = new StringBuilder("{'oneOf': [");
            List<String> files = new java.util.ArrayList<>(List.of("events/Root.json", ""));
            for (int i = 1; i <= 7; i++) {
                root.append(i == 1 ? "" : ", ").append("{'$ref': 'K").append(i).append(".json'}");
                files.addAll(List.of("events/K" + i + ".json", "{'properties': {'type': {'const': 'k" + i + "'}}}"));
            }
            files.set(1, root.append("]}").toString());

            lower(DispatchRoot.of("events/Root.json", "data.events"), files.toArray(String[]::new));

            assertEquals(List.of("events/Root.json:1:1: warning: [NO_DISPATCH_ROOT] changesPath \"data.events\" "
                    + "leads to a list of objects or of events a discriminator tells apart in no branch of "
                    + "\"events/Root.json\": events/K1.json, events/K2.json, events/K3.json, events/K4.json, "
                    + "events/K5.json and 2 more have nothing at \"data\"; the visitor is called once per "
                    + "notification instead"), lines());
        }

        @Test
        void thereIsNoDispatchWithoutTheRootDocumentAndTheWarningNamesDocumentsOfThatName() {
            String[] moved = append(archive, "old/events/Root.json", "{'type': 'object'}");

            assertEquals(Optional.empty(), lower(DispatchRoot.of("Root.json", ""), moved).dispatch());
            assertEquals(List.of("configuration: warning: [NO_DISPATCH_ROOT] dispatchRoot \"Root.json\" is not in the "
                    + "archive; it has events/Root.json, old/events/Root.json; no visitor is generated"), lines());
        }

        @Test
        void whenNoDocumentHasThatNameTheWarningNamesTheTopLevel() {
            String[] more = append(archive, "Readme.json", "{}");

            lower(DispatchRoot.of("webhooks/WsNotificationMsg.json", "body.changes"), more);

            assertEquals(List.of("configuration: warning: [NO_DISPATCH_ROOT] dispatchRoot "
                    + "\"webhooks/WsNotificationMsg.json\" is not in the archive; its top level holds Readme.json, "
                    + "events/; no visitor is generated"), lines());
        }

        @Test
        void aPointerToNothingIsAWarningAtTheDocument() {
            assertEquals(Optional.empty(), lower(DispatchRoot.of("events/Root.json#/definitions/Nope", ""), archive)
                    .dispatch());
            assertEquals(List.of("events/Root.json:1:1: warning: [NO_DISPATCH_ROOT] dispatchRoot "
                    + "\"events/Root.json#/definitions/Nope\": events/Root.json has nothing at #/definitions/Nope; "
                    + "no visitor is generated"), lines());
        }

        @Test
        void aRootThatIsNotADiscriminatedUnionIsAWarningWhereItIs() {
            TypeModel model = lower(ROOT, "events/Root.json", """
                    {'definitions': {'x': {}},
                     'properties': {'payload': {'type': 'string'}}}""");

            assertEquals(Optional.empty(), model.dispatch());
            assertEquals(List.of("events/Root.json:1:1: warning: [NO_DISPATCH_ROOT] dispatchRoot \"events/Root.json\" "
                    + "is not a union (oneOf or anyOf) whose object branches a discriminator tells apart, so no "
                    + "visitor is generated"), lines());
        }

        @Test
        void aUnionWithOneObjectBranchHasNoDiscriminatorToDispatchOn() {
            TypeModel model = lower(DispatchRoot.of("events/Root.json", ""), "events/Root.json", """
                    {'oneOf': [{'properties': {'type': {'enum': ['chat']}}}, {'type': 'string'}]}""");

            assertEquals(Optional.empty(), model.dispatch());
            assertEquals(List.of(ProblemCode.NO_DISPATCH_ROOT), problems.all().stream().map(Problem::code).toList());
        }

        @Test
        void byDefaultLivePersonsRootIsUsedWhenTheArchiveHasIt() {
            TypeModel model = lower(DispatchRoot.DEFAULT, "webhooks/WsNotificationMsg.json", """
                    {'oneOf': [{'$ref': 'Chat.json'}, {'$ref': 'Ping.json'}]}""",
                    "webhooks/Chat.json", """
                    {'properties': {'type': {'enum': ['chat']}, 'body': {'properties': {
                      'changes': {'type': 'array', 'items': {'properties': {'text': {'type': 'string'}}}}}}}}""",
                    "webhooks/Ping.json", "{'properties': {'type': {'enum': ['ping']}}}");

            Dispatch dispatch = model.dispatch().orElseThrow();
            assertEquals(List.of(true, false), dispatch.routes().stream().map(Dispatch.Route::hasChanges).toList());
            assertEquals(List.of("body", "changes"), dispatch.routes().get(0).path());
            assertEquals(List.of(), problems.all());
        }

        @Test
        void byDefaultAnArchiveWithoutLivePersonsRootHasNoDispatchAndNoWarning() {
            assertEquals(Optional.empty(), lower(DispatchRoot.DEFAULT, archive).dispatch());
            assertEquals(List.of(), problems.all());
        }

        @Test
        void byDefaultLivePersonsRootInAnotherFolderIsAWarningThatSaysWhereItIs() {
            lower(DispatchRoot.DEFAULT, "lp/webhooks/WsNotificationMsg.json", "{'oneOf': [{}, {}]}",
                    "lp/Common.json", "{}");

            assertEquals(List.of("lp/webhooks/WsNotificationMsg.json:1:1: warning: [NO_DISPATCH_ROOT] no visitor is "
                    + "generated: LivePerson's dispatch root is webhooks/WsNotificationMsg.json, and this archive has "
                    + "lp/webhooks/WsNotificationMsg.json instead; point the archive at its folder lp/, or set "
                    + "dispatchRoot to lp/webhooks/WsNotificationMsg.json and changesPath to body.changes"),
                    lines().stream().filter(line -> line.contains("NO_DISPATCH_ROOT")).toList());
        }

        @Test
        void thereIsNoDispatchWhenTheRootIsNotAUnion() {
            TypeModel model = lower(ROOT, "events/Root.json", "{'properties': {'payload': {}}}");

            assertEquals(Optional.empty(), model.dispatch());
        }

        @Test
        void aChangeWithTwoDiscriminatedUnionsHasNoEventProperty() {
            String[] twoEvents = archive.clone();
            twoEvents[5] = "{'properties': {'event': {'$ref': 'ChatEvent.json'}, 'reply': {'$ref': 'ChatEvent.json'}}}";

            Dispatch dispatch = lower(ROOT, twoEvents).dispatch().orElseThrow();

            assertNull(dispatch.routes().get(0).eventProperty());
            assertNull(dispatch.routes().get(0).event());
        }

        private List<String> lines() {
            return problems.all().stream().map(Problem::toString).toList();
        }

        private static String[] append(String[] pathsAndJson, String path, String json) {
            String[] more = java.util.Arrays.copyOf(pathsAndJson, pathsAndJson.length + 2);
            more[pathsAndJson.length] = path;
            more[pathsAndJson.length + 1] = json;
            return more;
        }
    }

    private TypeModel lower(String... pathsAndJson) {
        return lower(DispatchRoot.DEFAULT, pathsAndJson);
    }

    private TypeModel lower(DispatchRoot root, String... pathsAndJson) {
        TypeModel model = new Lowering(schemas(pathsAndJson), problems, true).lower(root);
        assertFalse(problems.hasErrors(), problems.all()::toString);
        return model;
    }

    private static TypeDecl decl(TypeModel model, String file, String pointer) {
        return model.get(new SchemaRef(file, pointer));
    }

    private static RecordDecl record(TypeModel model, String file, String pointer) {
        return assertInstanceOf(RecordDecl.class, decl(model, file, pointer));
    }

    private static UnionDecl union(TypeModel model, String file, String pointer) {
        return assertInstanceOf(UnionDecl.class, decl(model, file, pointer));
    }

    private static Property property(TypeModel model, String file, String name) {
        return record(model, file, "").properties().stream()
                .filter(p -> p.jsonName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no property " + name + " in " + file));
    }

    private static List<String> jsonNames(RecordDecl record) {
        return record.properties().stream().map(Property::jsonName).toList();
    }

    private static TypeRef named(String file, String pointer) {
        return new TypeRef.Named(new SchemaRef(file, pointer));
    }

    private static TypeRef scalar(ScalarKind kind) {
        return new TypeRef.Scalar(kind);
    }

    /** The keys of a branch chosen by one string value of one discriminator. */
    private static List<List<Constant>> key(String value) {
        return List.of(List.of(Constant.string(value)));
    }

}
