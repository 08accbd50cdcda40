package io.github.webhookgen.core.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The keywords of the archive's schemas that the validator rejects, each skipped rather than the whole validation: a
 * value written for another draft ({@code "exclusiveMinimum": true} where {@code $schema} names none, so 2020-12
 * applies), a {@code pattern} that is no Java regular expression, a subschema that is not a schema. Such a keyword
 * is read as an annotation, as a vendor keyword is, and remembered for a warning.
 */
final class SkippedKeywords {

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
    synchronized List<Skipped> all() {
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
                return keyword.newValidator(schemaLocation, schemaNode, parentSchema, schemaContext);
            } catch (Exception e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                skip(new Skipped(schemaLocation, keyword.getValue(), message.lines().findFirst().orElse(message)));
                return new AnnotationKeyword(keyword.getValue())
                        .newValidator(schemaLocation, schemaNode, parentSchema, schemaContext);
            }
        }
    }
}
