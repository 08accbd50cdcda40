package io.github.webhookgen.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Absolute URI prefixes that stand for a folder of the archive: {@code https://json.schemastore.org/=} reads
 * {@code https://json.schemastore.org/base.json#/definitions/x} as the archive's {@code base.json}. Used to collect a
 * case's documents, by jsonschema2pojo's resolver, and given to webhookgen as its {@code uriMappings}.
 */
final class UriMappings {

    /**
     * @param prefix the start of an absolute URI, as written in {@code $ref}s
     * @param folder the archive folder it stands for, {@code ""} for the archive root
     */
    record Mapping(String prefix, String folder) {
        @Override
        public String toString() {
            return prefix + "=" + folder;
        }
    }

    private final List<Mapping> mappings;

    UriMappings(List<Mapping> mappings) {
        this.mappings = List.copyOf(mappings);
    }

    /**
     * Parses {@code PREFIX=FOLDER} specifications (the folder may be empty).
     *
     * @throws IllegalArgumentException when a specification has no {@code =} or an empty prefix
     */
    static UriMappings parse(List<String> specifications) {
        List<Mapping> mappings = new ArrayList<>();
        for (String specification : specifications) {
            int equals = specification.lastIndexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("expected PREFIX=FOLDER, got \"" + specification + "\"");
            }
            String folder = specification.substring(equals + 1).replace('\\', '/');
            folder = folder.replaceAll("^/+|/+$", "");
            mappings.add(new Mapping(specification.substring(0, equals), folder));
        }
        return new UriMappings(mappings);
    }

    List<Mapping> all() {
        return mappings;
    }

    /** The mappings as webhookgen's {@code uriMappings} takes them: prefix to folder. */
    Map<String, String> prefixToFolder() {
        Map<String, String> map = new LinkedHashMap<>();
        mappings.forEach(mapping -> map.putIfAbsent(mapping.prefix(), mapping.folder()));
        return map;
    }

    /**
     * The URI a file of the archive is known by through the first mapping whose folder holds it, or null when none
     * does.
     */
    String uriOf(String path) {
        for (Mapping mapping : mappings) {
            if (mapping.folder().isEmpty() || path.startsWith(mapping.folder() + "/")) {
                String rest = mapping.folder().isEmpty() ? path : path.substring(mapping.folder().length() + 1);
                return mapping.prefix() + (mapping.prefix().endsWith("/") ? "" : "/") + rest;
            }
        }
        return null;
    }

    /** These mappings, then {@code more} for prefixes not mapped yet. */
    UriMappings then(UriMappings more) {
        List<Mapping> all = new ArrayList<>(mappings);
        more.mappings.stream().filter(m -> mappings.stream().noneMatch(own -> own.prefix().equals(m.prefix())))
                .forEach(all::add);
        return new UriMappings(all);
    }

    /**
     * The archive path a reference stands for, fragment left out; null when no prefix matches. The first matching
     * prefix wins.
     */
    String map(String reference) {
        for (Mapping mapping : mappings) {
            if (reference.startsWith(mapping.prefix())) {
                String rest = reference.substring(mapping.prefix().length());
                int hash = rest.indexOf('#');
                rest = (hash < 0 ? rest : rest.substring(0, hash)).replaceAll("^/+", "");
                return mapping.folder().isEmpty() ? rest : mapping.folder() + "/" + rest;
            }
        }
        return null;
    }
}
