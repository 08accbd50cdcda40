package io.github.webhookgen.core.emit;

import static io.github.webhookgen.core.InlineSchemas.schemas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.lower.DispatchRoot;
import io.github.webhookgen.core.lower.Lowering;
import io.github.webhookgen.core.model.TypeDecl.UnionDecl;
import io.github.webhookgen.core.model.TypeModel;
import io.github.webhookgen.core.schema.SchemaRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which discriminators choose each record and union: the ones whose repeats the generated decoders check. */
class DiscriminatorsTest {

    /** An event union on {@code type} whose content branch is itself a union on {@code contentType}. */
    private static final String[] NESTED = {
        "Event.json", """
                {'oneOf': [{'$ref': 'Content.json'}, {'$ref': 'State.json'}]}""",
        "Content.json", """
                {'oneOf': [{'$ref': 'Text.json'}, {'$ref': 'File.json'}]}""",
        "Text.json", """
                {'properties': {'type': {'const': 'ContentEvent'}, 'contentType': {'const': 'text/plain'},
                                'message': {'type': 'string'}}}""",
        "File.json", """
                {'properties': {'type': {'enum': ['ContentEvent']}, 'contentType': {'enum': ['file']}}}""",
        "State.json", """
                {'properties': {'type': {'const': 'StateEvent'}, 'state': {'type': 'string'}}}""",
        "Plain.json", """
                {'properties': {'type': {'const': 'Plain'}}}"""};

    @Test
    void aRecordIsCheckedForEveryDiscriminatorThatCanChooseIt() {
        Discriminators discriminators = new Discriminators(lower(NESTED));

        assertEquals(List.of("contentType", "type"), discriminators.choosing(ref("Text.json")));
        assertEquals(List.of("contentType", "type"), discriminators.choosing(ref("File.json")));
        assertEquals(List.of("type"), discriminators.choosing(ref("State.json")));
        assertEquals(List.of("type"), discriminators.choosing(ref("Content.json")));
    }

    @Test
    void aUnionChecksItsOwnDiscriminatorFirstThenTheOnesAroundIt() {
        TypeModel model = lower(NESTED);
        Discriminators discriminators = new Discriminators(model);

        assertEquals(List.of("contentType", "type"), discriminators.ofUnion((UnionDecl) model.get(ref("Content.json"))));
        assertEquals(List.of("type"), discriminators.ofUnion((UnionDecl) model.get(ref("Event.json"))));
    }

    @Test
    void whatNoUnionChoosesChecksNothing() {
        Discriminators discriminators = new Discriminators(lower(NESTED));

        assertEquals(List.of(), discriminators.choosing(ref("Plain.json")));
        assertEquals(List.of(), discriminators.choosing(ref("Event.json")));
    }

    private static SchemaRef ref(String file) {
        return new SchemaRef(file, "");
    }

    private static TypeModel lower(String... pathsAndJson) {
        Problems problems = new Problems();
        TypeModel model = new Lowering(schemas(pathsAndJson), problems, true).lower(DispatchRoot.LIVEPERSON);
        assertFalse(problems.hasErrors(), problems.all()::toString);
        return model;
    }
}
