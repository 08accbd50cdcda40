package io.github.webhookgen.core.lower;

import static io.github.webhookgen.core.InlineSchemas.schemas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.model.TypeDecl.RecordDecl;
import io.github.webhookgen.core.model.TypeModel;
import io.github.webhookgen.core.model.TypeRef;
import io.github.webhookgen.core.schema.SchemaRef;
import org.junit.jupiter.api.Test;

/** The type of a document root after lowering, as a caller that reads payloads into it sees it. */
class RootTypeTest {

    private static final DispatchRoot NO_DISPATCH = DispatchRoot.DEFAULT;

    @Test
    void aRootThatRefersToADefinitionHasTheDefinitionsType() {
        Lowering lowering = new Lowering(schemas("A.json", """
                {'$ref': '#/definitions/Config',
                 'definitions': {'Config': {'properties': {'name': {'type': 'string'}}}}}"""), new Problems(), true);
        TypeModel model = lowering.lower(NO_DISPATCH);

        TypeRef root = lowering.typeOf(new SchemaRef("A.json", ""));

        SchemaRef config = new SchemaRef("A.json", "/definitions/Config");
        assertEquals(new TypeRef.Named(config), root);
        assertInstanceOf(RecordDecl.class, model.get(config));
    }

    @Test
    void anArrayRootIsAListOfItsItems() {
        Lowering lowering = new Lowering(schemas("A.json", """
                {'type': 'array', 'items': {'properties': {'id': {'type': 'integer'}}}}"""), new Problems(), true);
        lowering.lower(NO_DISPATCH);

        TypeRef root = lowering.typeOf(new SchemaRef("A.json", ""));

        assertEquals(new TypeRef.ListOf(new TypeRef.Named(new SchemaRef("A.json", "/items"))), root);
    }

    @Test
    void aRootWithABrokenRefIsAnyJsonValueWhenNotStrict() {
        Problems problems = new Problems();
        Lowering lowering = new Lowering(schemas("A.json", "{'$ref': 'Missing.json'}"), problems, false);
        lowering.lower(NO_DISPATCH);

        assertEquals(TypeRef.ANY, lowering.typeOf(new SchemaRef("A.json", "")));
        assertEquals(1, problems.all().size(), problems.all()::toString);
    }
}
