package io.github.webhookgen.corpus;

import io.github.webhookgen.core.Outline;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the declared properties of the webhookgen types a root reaches, and those typed {@code JsonNode}: a property
 * whose type is any JSON value, or a list or map whose elements are (the record's {@code additionalProperties} is not a
 * declared property and is not counted).
 *
 * @param properties declared properties of the records reachable from the root
 * @param untyped those typed {@code JsonNode}, {@code List<JsonNode>}, {@code Map<String, JsonNode>} and so on
 * @param causes the untyped ones by cause ({@link UntypedCauses})
 * @param examples for each cause, the schema of its first untyped property ({@code file#pointer})
 */
record PropertyCensus(int properties, int untyped, Map<String, Integer> causes, Map<String, String> examples) {

    /** No types: nothing generated. */
    static final PropertyCensus NONE = new PropertyCensus(0, 0, Map.of(), Map.of());

    PropertyCensus {
        causes = Map.copyOf(causes);
        examples = Map.copyOf(examples);
    }

    /** The census of the properties the generator outlined. */
    static PropertyCensus of(Outline outline, UntypedCauses why) {
        int untyped = 0;
        Map<String, Integer> causes = new TreeMap<>();
        Map<String, String> examples = new TreeMap<>();
        for (Outline.Property property : outline.properties()) {
            if (property.isUntyped()) {
                untyped++;
                String cause = why.of(property.javaType(), property.untyped());
                causes.merge(cause, 1, Integer::sum);
                examples.putIfAbsent(cause, property.untyped().toString());
            }
        }
        return new PropertyCensus(outline.properties().size(), untyped, causes, examples);
    }
}
