package io.github.webhookgen.bench;

import io.github.webhookgen.core.GeneratorConfig;
import io.github.webhookgen.core.archive.ArchiveLimits;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.lower.DispatchRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an archive of {@code n} schema files shaped like the LivePerson one, for the scaling benchmarks: a root union
 * of two notification kinds whose changes carry a discriminated event union, and {@code n - 5} records and unions.
 * Each record has a handful of scalar properties, a date-time, a list, a {@code $ref} to the previous record file, a
 * nested object definition and (every third file) an enum definition, both under names that repeat in every file
 * ({@code Detail}, {@code Status}) so that naming has collisions to resolve; every fifth file is a {@code oneOf} of the
 * three records before it, discriminated by their {@code type}, and later records refer to the latest union.
 */
final class SyntheticArchive {

    static final String FOLDER = "synthetic";
    private static final int FIXED = 5;

    private SyntheticArchive() {}

    /** The configuration that generates {@code root}'s synthetic archive into {@code out}. */
    static GeneratorConfig config(Path root, Path out) {
        return new GeneratorConfig(new ArchiveSource.Directory(root), "bench.synthetic", out,
                new DispatchRoot(FOLDER + "/Notification.json", List.of("body", "changes")), ArchiveLimits.DEFAULT,
                List.of(), true, java.util.Map.of());
    }

    /** Writes {@code n} (at least 6) schema files into {@code root/synthetic/}. */
    static void write(Path root, int n) {
        if (n <= FIXED) {
            throw new IllegalArgumentException("an archive needs more than " + FIXED + " files, not " + n);
        }
        try {
            Path dir = Files.createDirectories(root.resolve(FOLDER));
            int generated = n - FIXED;
            List<String> eventBranches = new ArrayList<>();
            for (int i = 0; i < generated && eventBranches.size() < 4; i++) {
                if (!isUnion(i)) {
                    eventBranches.add(record(i));
                }
            }
            put(dir, "Notification.json", "{\"description\":\"Root: one of the notification kinds.\","
                    + "\"oneOf\":[{\"$ref\":\"EnvelopeA.json\"},{\"$ref\":\"EnvelopeB.json\"}]}");
            put(dir, "EnvelopeA.json", envelope("a.Notification"));
            put(dir, "EnvelopeB.json", envelope("b.Notification"));
            put(dir, "Change.json", "{\"type\":\"object\",\"description\":\"One change.\",\"properties\":{"
                    + "\"sequence\":{\"type\":\"integer\"},\"dialogId\":{\"type\":\"string\"},"
                    + "\"event\":{\"$ref\":\"Event.json\"}},\"required\":[\"event\"]}");
            put(dir, "Event.json", union("The event of a change.", eventBranches));
            int latestUnion = -1;
            for (int i = 0; i < generated; i++) {
                if (isUnion(i)) {
                    put(dir, union(i) + ".json", union("Union " + i + ".",
                            List.of(record(i - 1), record(i - 2), record(i - 3))));
                    latestUnion = i;
                } else {
                    put(dir, record(i) + ".json", record(i, latestUnion));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isUnion(int i) {
        return i % 5 == 4;
    }

    private static String record(int i) {
        return String.format("Record%04d", i);
    }

    private static String union(int i) {
        return String.format("Union%04d", i);
    }

    private static String envelope(String type) {
        return "{\"type\":\"object\",\"description\":\"A notification of kind " + type + ".\",\"properties\":{"
                + "\"kind\":{\"type\":\"string\",\"enum\":[\"notification\"]},"
                + "\"type\":{\"type\":\"string\",\"enum\":[\"" + type + "\"]},"
                + "\"body\":{\"$ref\":\"#/definitions/Body\"}},\"required\":[\"type\",\"body\"],"
                + "\"definitions\":{\"Body\":{\"type\":\"object\",\"properties\":{"
                + "\"changes\":{\"type\":\"array\",\"items\":{\"$ref\":\"Change.json\"}},"
                + "\"sentTs\":{\"type\":\"integer\"}},\"required\":[\"changes\"]}}}";
    }

    private static String union(String description, List<String> branches) {
        StringBuilder json = new StringBuilder("{\"description\":\"").append(description).append("\",\"oneOf\":[");
        for (int i = 0; i < branches.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"$ref\":\"").append(branches.get(i)).append(".json\"}");
        }
        return json.append("]}").toString();
    }

    private static String record(int i, int latestUnion) {
        String name = record(i);
        StringBuilder json = new StringBuilder("{\"$schema\":\"http://json-schema.org/draft-04/schema#\",")
                .append("\"description\":\"Synthetic record ").append(i).append(".\",\"type\":\"object\",")
                .append("\"properties\":{")
                .append("\"type\":{\"type\":\"string\",\"enum\":[\"").append(name).append("\"]},")
                .append("\"id\":{\"type\":\"string\",\"description\":\"Identifier of the record.\"},")
                .append("\"count\":{\"type\":\"integer\",\"minimum\":0},")
                .append("\"amount\":{\"type\":\"number\"},")
                .append("\"active\":{\"type\":\"boolean\"},")
                .append("\"createdAt\":{\"type\":\"string\",\"format\":\"date-time\"},")
                .append("\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},")
                .append("\"detail\":{\"$ref\":\"#/definitions/Detail\"}");
        if (i > 0) {
            int previous = isUnion(i - 1) ? i - 2 : i - 1;
            json.append(",\"previous\":{\"$ref\":\"").append(record(previous)).append(".json\"}");
        }
        if (latestUnion >= 0) {
            json.append(",\"choice\":{\"$ref\":\"").append(union(latestUnion)).append(".json\"}");
        }
        if (i % 3 == 0) {
            json.append(",\"status\":{\"$ref\":\"#/definitions/Status\"}");
        }
        json.append("},\"required\":[\"type\",\"id\"],\"definitions\":{")
                .append("\"Detail\":{\"type\":\"object\",\"properties\":{\"note\":{\"type\":\"string\"},")
                .append("\"level\":{\"type\":\"integer\"}}}");
        if (i % 3 == 0) {
            json.append(",\"Status\":{\"type\":\"string\",\"enum\":[\"ACTIVE\",\"INACTIVE\",\"PENDING\",\"CLOSED\"]}");
        }
        return json.append("}}").toString();
    }

    private static void put(Path dir, String name, String json) throws IOException {
        Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }
}
