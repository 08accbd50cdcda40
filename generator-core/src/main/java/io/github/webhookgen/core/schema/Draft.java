package io.github.webhookgen.core.schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON Schema draft a schema resource follows, as far as identifying schemas goes, read from {@code $schema}
 * (2020-12 Core §8.1.1; draft-07 Core §7). Where {@code $schema} is absent or names no draft we know, every draft's
 * identifiers are honoured.
 */
enum Draft {
    /** Draft-03 and draft-04: {@code id} (draft-04 Core §7.2); {@code $ref} siblings are ignored. */
    DRAFT_04,
    /**
     * Draft-06 and draft-07: {@code $id}, with plain-name fragments ({@code "$id": "#name"}) as location-independent
     * identifiers (draft-07 Core §8.2.3); {@code $ref} siblings are ignored (draft-07 Core §8.3).
     */
    DRAFT_07,
    /** 2019-09 and 2020-12: {@code $id}, {@code $anchor} and {@code $dynamicAnchor} (2020-12 Core §8.2.1, §8.2.2). */
    DRAFT_2019,
    /** No {@code $schema}, or one we do not know: {@code $id}, and {@code id} where there is no {@code $id}. */
    UNKNOWN;

    /** The draft of {@code schema}: its own {@code $schema}, or the draft of the resource it is in. */
    static Draft of(JsonNode schema, Draft enclosing) {
        JsonNode declared = schema.get("$schema");
        if (declared == null || !declared.isTextual()) {
            return enclosing;
        }
        String uri = declared.asText();
        if (uri.contains("draft-03") || uri.contains("draft-04")) {
            return DRAFT_04;
        }
        if (uri.contains("draft-06") || uri.contains("draft-07")) {
            return DRAFT_07;
        }
        if (uri.contains("2019-09") || uri.contains("2020-12")) {
            return DRAFT_2019;
        }
        return UNKNOWN;
    }

    /** The keyword that identifies {@code schema} in this draft, or null when it has none (or it is ignored). */
    String idKeyword(JsonNode schema) {
        boolean refSiblingsIgnored = (this == DRAFT_04 || this == DRAFT_07) && schema.has("$ref");
        if (refSiblingsIgnored) {
            return null;
        }
        boolean dollarId = schema.path("$id").isTextual();
        boolean plainId = schema.path("id").isTextual();
        return switch (this) {
            case DRAFT_04 -> plainId ? "id" : null;
            case DRAFT_07, DRAFT_2019 -> dollarId ? "$id" : null;
            case UNKNOWN -> dollarId ? "$id" : plainId ? "id" : null;
        };
    }
}
