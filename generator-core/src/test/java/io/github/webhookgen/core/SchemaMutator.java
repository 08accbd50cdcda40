package io.github.webhookgen.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.github.webhookgen.core.lower.DispatchRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Makes reproducible mutants of schema archives: mutant {@code index} of {@code seed} is always the same archive,
 * whatever was made before it. A mutant is one of the {@link Base bases} with one to three {@link Operator edits}
 * applied to its parsed documents, written back as pretty-printed JSON.
 */
final class SchemaMutator {

    /** What an edit does; {@link ArchiveEdits} has one method per operator. */
    enum Operator {
        WRONG_TYPE("a keyword's value of the wrong JSON type", ArchiveEdits::wrongType),
        NULL_VALUE("null for a keyword, a member or a branch", ArchiveEdits::nullValue),
        UNKNOWN_KEYWORD("an unknown or unsupported keyword", ArchiveEdits::unknownKeyword),
        BROKEN_REF("a $ref that cannot be followed", ArchiveEdits::brokenRef),
        REF_CYCLE("$refs that come back to where they start", ArchiveEdits::cycle),
        /** Documents nested up to 900 deep, within the 1,000 Jackson reads by default. */
        DEEP_NESTING("a subschema wrapped in 50 to 400 levels of allOf or items",
                edits -> edits.deepNesting(400, List.of("allOf", "items"), 900)),
        /** Objects in objects: each level is a record named after the path to it. */
        DEEP_PROPERTIES("a subschema wrapped in 50 to 400 levels of properties, allOf or items",
                edits -> edits.deepNesting(400, List.of("properties", "allOf", "items"), 900)),
        /** Up to 2,000 levels, nesting JSON up to 4,000 deep and more. */
        DEEPER_NESTING("a subschema wrapped in 50 to 2,000 levels of properties, allOf or items",
                edits -> edits.deepNesting(2_000, List.of("properties", "allOf", "items"), Integer.MAX_VALUE)),
        ODD_NAME("odd names for properties, definitions and enum values",
                edits -> edits.oddName(OddValues.ODD_NAMES, OddValues.CLASHING_NAMES)),
        LONG_NAME("names of 300 characters for properties, definitions and enum values",
                edits -> edits.oddName(OddValues.LONG_NAMES, OddValues.CLASHING_LONG_NAMES)),
        HUGE_ENUM("an enum of 5,000 values or more", ArchiveEdits::hugeEnum),
        TYPE_ARRAY("a type array", ArchiveEdits::typeArray),
        NUMBERS_AND_DATES("a format or bounds that choose the Java type of numbers and dates",
                ArchiveEdits::numbersAndDates),
        LISTED_VALUES("a const or an enum of values of one kind or several, here or one or two levels down",
                ArchiveEdits::listedValues),
        EDGE_SCHEMA("a schema that allows everything, nothing, only null, or lists no value, part or branch",
                ArchiveEdits::edgeSchema),
        ARRAY_SHAPE("a tuple, or bounds on an array's size", ArchiveEdits::arrayShape),
        OBJECT_SHAPE("patternProperties, additionalProperties, required, or allOf parts that disagree",
                ArchiveEdits::objectShape),
        DRAFT("$schema changed", ArchiveEdits::draft),
        IDENTIFIER("$id, id and $anchor added, duplicated or malformed", ArchiveEdits::identifier),
        REMOVED_FILE("a file removed", ArchiveEdits::removeFile),
        RENAMED_FILE("a file renamed to an odd name, the references to it following", ArchiveEdits::renameFile),
        DISCRIMINATOR_COLLISION("discriminators made to collide", ArchiveEdits::collideDiscriminators);

        private final String description;
        private final Function<ArchiveEdits, String> edit;

        Operator(String description, Function<ArchiveEdits, String> edit) {
            this.description = description;
            this.edit = edit;
        }

        String description() {
            return description;
        }
    }

    /**
     * An archive to mutate.
     *
     * @param name how the report names it: {@code bundled} or the fixture's folder
     * @param documents the schema documents by archive path
     * @param dispatchRoot the dispatch root its build configures
     */
    record Base(String name, SortedMap<String, JsonNode> documents, DispatchRoot dispatchRoot) {}

    /**
     * One mutant.
     *
     * @param seed the seed it was made with
     * @param index its number in the sequence of the seed
     * @param base what it was made from
     * @param operators the operators applied, in order
     * @param mutations what each application did, in words
     * @param documents the mutated documents by archive path
     */
    record Mutant(long seed, int index, Base base, List<Operator> operators, List<String> mutations,
            SortedMap<String, JsonNode> documents) {

        /** Writes the documents under {@code root}; returns their text by archive path. */
        SortedMap<String, String> write(Path root) {
            SortedMap<String, String> texts = texts();
            try {
                for (var text : texts.entrySet()) {
                    Path file = root.resolve(text.getKey());
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, text.getValue(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return texts;
        }

        /** The text of each document, by archive path. */
        SortedMap<String, String> texts() {
            SortedMap<String, String> texts = new TreeMap<>();
            try {
                for (var document : documents.entrySet()) {
                    // Deeply nested documents on one line: indented, they would grow with the square of the depth.
                    ObjectWriter writer = ArchiveEdits.depth(document.getValue()) > COMPACT_DEPTH
                            ? WRITER.writer().without(SerializationFeature.INDENT_OUTPUT)
                            : WRITER.writer();
                    texts.put(document.getKey(), writer.writeValueAsString(document.getValue()) + "\n");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return texts;
        }

        @Override
        public String toString() {
            return "mutant " + index + " (seed " + seed + ") of " + base.name() + ": " + String.join("; ", mutations);
        }
    }

    /**
     * Reads and writes schema trees with no limit on depth, so that deep nesting reaches the generator, and numbers as
     * written: a decimal is read as a {@code BigDecimal} with its trailing zeros ({@code 1.0}, {@code 1e400}), not as
     * a double that would round it or make it infinite.
     */
    private static final ObjectMapper WRITER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    /** Documents nested deeper than this are written on one line. */
    private static final int COMPACT_DEPTH = 64;

    /** The share of mutants made from the bundled archive, in percent: it is the largest input, and the slowest. */
    private static final int BUNDLED_PERCENT = 25;

    private final Base bundled;
    private final List<Base> fixtures;
    private final List<Operator> operators;

    /**
     * @param bundled the bundled archive, chosen for a quarter of the mutants
     * @param fixtures the other archives, chosen for the rest
     * @param operators the operators to choose from
     */
    SchemaMutator(Base bundled, List<Base> fixtures, Set<Operator> operators) {
        this.bundled = bundled;
        this.fixtures = List.copyOf(fixtures);
        this.operators = operators.stream().sorted().toList();
    }

    Mutant mutate(long seed, int index) {
        Random random = new Random(mix(seed, index));
        Base base = random.nextInt(100) < BUNDLED_PERCENT ? bundled : fixtures.get(random.nextInt(fixtures.size()));
        SortedMap<String, JsonNode> documents = new TreeMap<>();
        base.documents().forEach((path, tree) -> documents.put(path, tree.deepCopy()));
        ArchiveEdits edits = new ArchiveEdits(documents, random);
        List<Operator> applied = new ArrayList<>();
        List<String> mutations = new ArrayList<>();
        for (int count = 1 + random.nextInt(3); applied.size() < count; ) {
            Operator operator = operators.get(random.nextInt(operators.size()));
            String done = operator.edit.apply(edits);
            if (done != null) {
                applied.add(operator);
                mutations.add(operator.name() + " " + done);
            }
        }
        return new Mutant(seed, index, base, Collections.unmodifiableList(applied),
                Collections.unmodifiableList(mutations), documents);
    }

    /**
     * The seed of one mutant's {@link Random}: neighbouring indexes get unrelated sequences (SplitMix64's finaliser).
     */
    private static long mix(long seed, int index) {
        long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A JSON value written as text, read as {@link #WRITER} reads documents. */
    static JsonNode readTree(String text) {
        try {
            return WRITER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A parser of a document written by {@link Mutant#write}, however deep it is nested. */
    static JsonParser parser(String text) throws IOException {
        return WRITER.getFactory().createParser(text);
    }

    /** The schema documents of the archive folder {@code root} (JSON files outside {@code *_examples/} folders). */
    static Base read(String name, Path root, DispatchRoot dispatchRoot) {
        SortedMap<String, JsonNode> documents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String path = root.relativize(file).toString().replace('\\', '/');
                if (path.endsWith(".json") && !path.contains("_examples/")) {
                    documents.put(path, WRITER.readTree(file.toFile()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Base(name, Collections.unmodifiableSortedMap(documents), dispatchRoot);
    }
}
