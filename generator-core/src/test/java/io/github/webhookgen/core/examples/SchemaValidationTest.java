package io.github.webhookgen.core.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.webhookgen.core.InlineSchemas;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.diagnostics.Problem;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.lower.DispatchRoot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validation of the examples check on its own, without generated classes: which draft applies, how the archive's
 * documents are found, and what is reported for a union that no branch satisfies.
 */
class SchemaValidationTest {

    @TempDir
    Path temp;

    @Test
    void anUnknownConstDiscriminatorIsOneViolationListingTheValuesOfEveryBranch() throws Exception {
        SchemaValidation validation = load("Event.json", """
                {'$schema': 'https://json-schema.org/draft/2020-12/schema', 'oneOf': [
                  {'type': 'object', 'required': ['kind', 'id'], 'properties': {'kind': {'const': 'created'}}},
                  {'type': 'object', 'required': ['kind'], 'properties': {'kind': {'const': 'deleted'}}}]}""");

        assertEquals(List.of(new SchemaViolation("/kind", 1, 10, "enum", "does not have a value in the enumeration "
                + "[\"created\", \"deleted\"] (of the oneOf's branches)", "Event.json#/oneOf")),
                validation.violations(bytes("{\"kind\": \"moved\"}")));
    }

    @Test
    void aBranchOfAnotherJsonTypeIsNotTheOneTheExampleMeans() throws Exception {
        SchemaValidation validation = load("Amount.json", """
                {'anyOf': [
                  {'type': 'string'},
                  {'type': 'object', 'properties': {
                    'currency': {'enum': ['EUR', 'USD']}, 'value': {'type': 'number'}}}]}""");

        assertEquals(List.of(new SchemaViolation("/currency", 1, 14, "enum",
                "does not have a value in the enumeration [\"EUR\", \"USD\"]",
                "Amount.json#/anyOf/1/properties/currency/enum")),
                validation.violations(bytes("{\"currency\": \"GBP\", \"value\": 1}")));
        assertEquals(List.of(), validation.violations(bytes("\"12 EUR\"")));
    }

    @Test
    void aFailedAnyOfIsReducedLikeAOneOfAndANullableReferenceToItsObject() throws Exception {
        Path archive = InlineSchemas.write(temp.resolve("archive"),
                "Order.json", """
                        {'type': 'object', 'properties': {
                          'payment': {'anyOf': [{'$ref': 'Card.json'}, {'$ref': 'Cash.json'}]},
                          'note': {'anyOf': [{'$ref': 'Note.json'}, {'type': 'null'}]}}}""",
                "Card.json", "{'type': 'object', 'properties': {'method': {'const': 'card'}}, 'required': ['method']}",
                "Cash.json", "{'type': 'object', 'properties': {'method': {'const': 'cash'}}, 'required': ['method']}",
                "Note.json", "{'type': 'object', 'properties': {'lang': {'enum': ['en', 'de']}}}");
        SchemaValidation validation = load(archive, "Order.json");

        assertEquals(List.of(
                new SchemaViolation("/payment/method", 1, 24, "enum", "does not have a value in the enumeration "
                        + "[\"card\", \"cash\"] (of the anyOf's branches)", "Order.json#/properties/payment/anyOf"),
                new SchemaViolation("/note/lang", 1, 52, "enum", "does not have a value in the enumeration "
                        + "[\"en\", \"de\"]", "Note.json#/properties/lang/enum")),
                validation.violations(bytes("{\"payment\": {\"method\": \"cheque\"}, \"note\": {\"lang\": \"fr\"}}")));
    }

    @Test
    void theDraftIsTheOneItsSchemaNamesAnd2020WithoutOne() throws Exception {
        String schema = "{%s'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}}}";
        byte[] yesterday = bytes("{\"at\": \"yesterday\"}");

        SchemaValidation draft4 = load("Stamp.json",
                schema.formatted("'$schema': 'http://json-schema.org/draft-04/schema#', "));
        SchemaValidation none = load("Stamp.json", schema.formatted(""));

        // Draft-04 asserts formats; since 2019-09 format only annotates, as the generated code reads it.
        assertEquals(List.of("format"), draft4.violations(yesterday).stream().map(SchemaViolation::keyword).toList());
        assertEquals(List.of(), none.violations(yesterday));
    }

    @Test
    void documentsAreReadAsTheGeneratorReadsThemWithCommentsAndDraft04IdsWithoutASchema() throws Exception {
        Path archive = InlineSchemas.write(temp.resolve("archive"),
                "api/Order.json", """
                        // an order
                        {'type': 'object', 'properties': {'status': {'$ref': 'http://example.com/status#'}},}""",
                "common/Status.json", "{'id': 'http://example.com/status', 'enum': ['OPEN', 'DONE']}");
        SchemaValidation validation = load(archive, "api/Order.json");

        assertEquals(List.of(new SchemaViolation("/status", 1, 12, "enum",
                "does not have a value in the enumeration [\"OPEN\", \"DONE\"]", "common/Status.json#/enum")),
                validation.violations(bytes("{\"status\": \"LOST\"}")));
    }

    private SchemaValidation load(String path, String schema) throws Exception {
        return load(InlineSchemas.write(temp.resolve("archive"), path, schema), path);
    }

    private static SchemaValidation load(Path archive, String root) {
        Problems problems = new Problems();
        ExampleCheckConfig config = ExampleCheckConfig.of(ArchiveSource.of(archive), archive.resolve("unused"))
                .withDispatchRoot(DispatchRoot.of(root, null));
        SchemaValidation validation = SchemaValidation.load(config, problems)
                .orElseThrow(() -> new AssertionError(problems.all()));
        assertEquals(List.of(), problems.all().stream().map(Problem::toString).toList());
        return validation;
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
