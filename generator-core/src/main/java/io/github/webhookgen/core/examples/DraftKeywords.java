package io.github.webhookgen.core.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The keywords of a draft as the examples check has the validator apply them. One the validator rejects is skipped
 * rather than the whole validation: a value written for another draft ({@code "exclusiveMinimum": true} where
 * {@code $schema} names none, so 2020-12 applies), a {@code pattern} that is no Java regular expression, a subschema
 * that is not a schema; it is read as an annotation, as a vendor keyword is, and remembered for a warning. A keyword
 * the draft knows but does not validate with ({@code id} outside draft-04) is an annotation, silently. And an
 * {@code anyOf} that no branch satisfies reports itself before its branches' errors, as a {@code oneOf} does, for
 * {@link UnionErrors}.
 */
final class DraftKeywords {

    /**
     * One keyword the validator does not apply.
     *
     * @param location where it is in the schemas, as the validator names it
     * @param keyword its name
     * @param reason the validator's message
     */
    record Skipped(SchemaLocation location, String keyword, String reason) {}

    private final List<Skipped> skipped = new ArrayList<>();

    /** The keywords skipped so far, in the order the validator met them. */
    synchronized List<Skipped> skipped() {
        return List.copyOf(skipped);
    }

    /**
     * {@code draft} with every keyword it defines skipped where the validator rejects its value, and every keyword it
     * does not define read as an annotation, silently: vendor keywords ({@code javaType}, {@code x-...}) are common,
     * and the generator reports those it acts on. ({@code format} stays as it is: the validator builds it from the
     * draft's formats, and reads any value.)
     */
    Dialect lenient(Dialect draft) {
        return Dialect.builder(draft)
                .keywords(keywords -> draft.getKeywords().forEach((name, keyword) ->
                        keywords.put(name, name.equals("format") ? keyword : new Lenient(keyword))))
                .unknownKeywordFactory((keyword, context) -> new AnnotationKeyword(keyword))
                .build();
    }

    private synchronized void skip(Skipped keyword) {
        skipped.add(keyword);
    }

    /**
     * An {@code anyOf}'s validator that, when no branch is valid, reports the {@code anyOf} itself before the errors of
     * its branches: where the union is, which branches the errors come from.
     */
    private record AnyOfFailure(KeywordValidator anyOf, JsonNode schemaNode) implements KeywordValidator {

        @Override
        public void validate(ExecutionContext context, JsonNode node, JsonNode root, NodePath instanceLocation) {
            int before = context.getErrors().size();
            anyOf.validate(context, node, root, instanceLocation);
            List<Error> errors = context.getErrors();
            if (errors.size() > before) {
                errors.add(before, Error.builder().keyword("anyOf").instanceNode(node)
                        .instanceLocation(instanceLocation).evaluationPath(context.getEvaluationPath())
                        .schemaLocation(anyOf.getSchemaLocation()).schemaNode(schemaNode)
                        .message("must be valid to at least one of the schemas").build());
            }
        }

        @Override
        public void walk(ExecutionContext context, JsonNode node, JsonNode root, NodePath instanceLocation,
                boolean validate) {
            anyOf.walk(context, node, root, instanceLocation, validate);
        }

        @Override
        public SchemaLocation getSchemaLocation() {
            return anyOf.getSchemaLocation();
        }

        @Override
        public void preloadSchema() {
            anyOf.preloadSchema();
        }

        @Override
        public String getKeyword() {
            return anyOf.getKeyword();
        }
    }

    /** A keyword whose validator, when the validator cannot make it, is an annotation's. */
    private final class Lenient implements Keyword {
        private final Keyword keyword;

        Lenient(Keyword keyword) {
            this.keyword = keyword;
        }

        @Override
        public String getValue() {
            return keyword.getValue();
        }

        @Override
        public KeywordValidator newValidator(SchemaLocation schemaLocation, JsonNode schemaNode, Schema parentSchema,
                SchemaContext schemaContext) {
            try {
                if (keyword.getValue().equals("pattern") && schemaNode.isTextual()) {
                    // Checked here: the validator logs a pattern it cannot compile before it throws.
                    JDKRegularExpressionFactory.getInstance().getRegularExpression(schemaNode.textValue());
                }
                KeywordValidator validator = keyword.newValidator(schemaLocation, schemaNode, parentSchema,
                        schemaContext);
                return keyword.getValue().equals("anyOf") ? new AnyOfFailure(validator, schemaNode) : validator;
            } catch (UnsupportedOperationException e) {
                // A keyword the validator knows but has no validator for in this draft, such as draft-04's id.
                return new AnnotationKeyword(keyword.getValue())
                        .newValidator(schemaLocation, schemaNode, parentSchema, schemaContext);
            } catch (Exception e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                skip(new Skipped(schemaLocation, keyword.getValue(), message.lines().findFirst().orElse(message)));
                return new AnnotationKeyword(keyword.getValue())
                        .newValidator(schemaLocation, schemaNode, parentSchema, schemaContext);
            }
        }
    }
}
