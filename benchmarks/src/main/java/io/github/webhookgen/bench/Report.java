package io.github.webhookgen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON results (and {@link ScalingMemory}'s) into the Markdown tables of BENCHMARKS.md: throughput in
 * notifications/s and MB/s, bytes allocated per notification, and the ratios the targets are stated in.
 *
 * <pre>java -cp benchmarks.jar io.github.webhookgen.bench.Report jmh.json [cold.json] [memory.json] [diagnose.json] [lines.json]</pre>
 * Files are recognised by what they hold; missing sections are skipped.
 */
public final class Report {

    private static final String PREFIX = "io.github.webhookgen.bench.";
    private static final String[] DECODERS = {"ours", "jsonschema2pojo", "jacksonTree", "rawTokens"};
    private static final Map<String, String> LABELS = Map.of(
            "ours", "(a) ours: `Webhooks.dispatch` + visitor",
            "jsonschema2pojo", "(b) jsonschema2pojo classes + hand dispatch",
            "jacksonTree", "(c) Jackson tree + hand dispatch",
            "rawTokens", "(d) raw token pass (floor)");
    /** The variants of {@link JacksonLinesBenchmark}, by method name less the line's prefix. */
    private static final String[] LINE_VARIANTS = {"EntryPoint", "PlainMapper", "Tree", "RawTokens"};
    private static final Map<String, String> LINE_LABELS = Map.of(
            "EntryPoint", "ours through the entry point: `Webhooks.dispatch(body, visitor)`",
            "PlainMapper", "ours through a plain mapper: `readValue`, then `Webhooks.dispatch(notification, visitor)`",
            "Tree", "Jackson tree + hand dispatch",
            "RawTokens", "raw token pass (floor)");
    /** Entry point ÷ raw token pass, in throughput: at least this. */
    private static final double ENTRY_POINT_TARGET = 0.55;
    /** Plain mapper ÷ tree, in throughput: at least this. */
    private static final double PLAIN_MAPPER_TARGET = 1.0;

    private final List<Row> rows = new ArrayList<>();
    private final List<Row> cold = new ArrayList<>();
    private JsonNode memory;
    private final StringBuilder out = new StringBuilder();

    /** One JMH result: benchmark, params, primary score, and the secondary metrics we use. */
    private record Row(String benchmark, String params, String mode, double score, double error, String unit,
            Map<String, Double> secondary) {

        double metric(String name) {
            return secondary.getOrDefault(name, Double.NaN);
        }
    }

    private Report() {}

    public static void main(String[] args) throws IOException {
        Report report = new Report();
        ObjectMapper mapper = new ObjectMapper();
        for (String arg : args) {
            Path path = Path.of(arg);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            JsonNode json = mapper.readTree(path.toFile());
            if (json.isArray() && json.size() > 0 && json.get(0).has("allocatedBytes")) {
                report.memory = json;
            } else if (json.isArray()) {
                for (JsonNode result : json) {
                    Row row = row(result);
                    (row.mode.equals("ss") ? report.cold : report.rows).add(row);
                }
            }
        }
        System.out.print(report.render(Corpus.load()));
    }

    private static Row row(JsonNode result) {
        String benchmark = result.get("benchmark").asText().replace(PREFIX, "");
        StringBuilder params = new StringBuilder();
        result.path("params").properties().forEach(p ->
                params.append(params.length() == 0 ? "" : ",").append(p.getKey()).append('=').append(p.getValue().asText()));
        JsonNode primary = result.get("primaryMetric");
        Map<String, Double> secondary = new LinkedHashMap<>();
        result.path("secondaryMetrics").properties().forEach(m ->
                secondary.put(m.getKey(), m.getValue().path("score").asDouble(Double.NaN)));
        return new Row(benchmark, params.toString(), result.get("mode").asText(), primary.get("score").asDouble(),
                primary.path("scoreError").asDouble(Double.NaN), primary.get("scoreUnit").asText(), secondary);
    }

    private String render(Corpus corpus) throws IOException {
        line(String.format(Locale.ROOT, "Versions: webhookgen %s, jsonschema2pojo %s, Jackson %s and %s, JMH %s.",
                BenchPaths.built("webhookgen.version"), BenchPaths.built("jsonschema2pojo.version"),
                com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION,
                tools.jackson.databind.cfg.PackageVersion.VERSION, BenchPaths.built("jmh.version")));
        line("");
        decoding(corpus);
        generation();
        coldGeneration();
        scaling();
        memory();
        diagnostics(corpus);
        jacksonLines(corpus);
        return out.toString();
    }

    private Row find(String benchmark, String params) {
        return rows.stream().filter(r -> r.benchmark.equals(benchmark) && r.params.equals(params)).findFirst()
                .orElse(null);
    }

    private void decoding(Corpus corpus) throws IOException {
        Map<String, Row> byName = new LinkedHashMap<>();
        for (String name : DECODERS) {
            Row row = find("DecodeBenchmark." + name, "");
            if (row != null) {
                byName.put(name, row);
            }
        }
        if (byName.isEmpty()) {
            return;
        }
        int n = corpus.notifications();
        double mb = corpus.bytes() / 1e6;
        int changes = DecodeBenchmark.DecodeCheck.calls(corpus).size();
        line("### Decode + dispatch of the example corpus");
        line("");
        line(String.format(Locale.ROOT, "One operation = all %d example notifications (%d handler calls, %,d bytes).",
                n, changes, corpus.bytes()));
        line("`× (d)`: time per operation relative to the raw token pass (higher = slower; target ≤ 2). `speed vs (b)`:"
                + " how many times faster than the jsonschema2pojo variant (target ≥ 1). Wall = from the JMH score; CPU ="
                + " CPU time of the whole JVM per operation, which other load on the machine disturbs much less.");
        line("");
        line("| variant | ops/s (± 99.9%) | notifications/s | MB/s | CPU µs/op | alloc B/notification"
                + " | × (d), wall | × (d), CPU | speed vs (b), wall | speed vs (b), CPU |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Row floor = byName.get("rawTokens");
        Row j2p = byName.get("jsonschema2pojo");
        for (Map.Entry<String, Row> e : byName.entrySet()) {
            Row r = e.getValue();
            double cpu = r.metric("cpu.process.norm") / 1000;
            line(String.format(Locale.ROOT, "| %s | %,.0f (± %,.0f) | %,.0f | %.1f | %,.0f | %,.0f | %s | %s | %s | %s |",
                    LABELS.get(e.getKey()), r.score, r.error, r.score * n, r.score * mb, cpu,
                    r.metric("gc.alloc.rate.norm") / n,
                    ratio(floor == null ? Double.NaN : floor.score / r.score),
                    ratio(floor == null ? Double.NaN : r.metric("cpu.process.norm") / floor.metric("cpu.process.norm")),
                    ratio(j2p == null ? Double.NaN : r.score / j2p.score),
                    ratio(j2p == null ? Double.NaN : j2p.metric("cpu.process.norm") / r.metric("cpu.process.norm"))));
        }
        line("");
    }

    private void generation() {
        String[] names = {"oursInMemory", "jsonschema2pojoInMemory", "oursToDisk", "jsonschema2pojoToDisk"};
        if (find("GenerationBenchmark.oursInMemory", "") == null) {
            return;
        }
        line("### Generation of the bundled archive (34 schemas), warmed up");
        line("");
        line("Speed-up = jsonschema2pojo's time ÷ ours for the same output medium (target ≥ 3).");
        line("");
        line("| benchmark | ms/op (± 99.9%) | CPU ms/op | alloc MB/op | speed-up, wall | speed-up, CPU |");
        line("|---|---:|---:|---:|---:|---:|");
        for (String name : names) {
            Row r = find("GenerationBenchmark." + name, "");
            if (r == null) {
                continue;
            }
            Row pair = find("GenerationBenchmark." + (name.startsWith("ours")
                    ? name.replace("ours", "jsonschema2pojo") : name.replace("jsonschema2pojo", "ours")), "");
            Row ours = name.startsWith("ours") ? r : pair;
            Row j2p = name.startsWith("ours") ? pair : r;
            line(String.format(Locale.ROOT, "| %s | %.1f (± %.1f) | %.1f | %.1f | %s | %s |", name, r.score, r.error,
                    r.metric("cpu.process.norm") / 1e6, r.metric("gc.alloc.rate.norm") / 1e6,
                    name.startsWith("ours") && j2p != null ? ratio(j2p.score / ours.score) : "",
                    name.startsWith("ours") && j2p != null
                            ? ratio(j2p.metric("cpu.process.norm") / ours.metric("cpu.process.norm")) : ""));
        }
        line("");
    }

    private void coldGeneration() {
        if (cold.isEmpty()) {
            return;
        }
        line("### Generation of the bundled archive, first run in a fresh JVM (single shot)");
        line("");
        line("Each fork is a new JVM that generates once; CPU = the whole JVM's CPU time during that run (the JIT"
                + " compiler threads included).");
        line("");
        line("| benchmark | ms, mean of forks (± 99.9%) | CPU ms |");
        line("|---|---:|---:|");
        for (Row r : cold) {
            line(String.format(Locale.ROOT, "| %s | %.0f (± %.0f) | %.0f |",
                    r.benchmark.replace("GenerationBenchmark.", ""), r.score, r.error,
                    r.metric("cpu.process.norm") / 1e6));
        }
        Row ours = cold.stream().filter(r -> r.benchmark.endsWith("oursToDisk")).findFirst().orElse(null);
        Row j2p = cold.stream().filter(r -> r.benchmark.endsWith("jsonschema2pojoToDisk")).findFirst().orElse(null);
        if (ours != null && j2p != null) {
            line("");
            line(String.format(Locale.ROOT, "Speed-up (jsonschema2pojo ÷ ours), first run to disk: %s wall, %s CPU.",
                    ratio(j2p.score / ours.score),
                    ratio(j2p.metric("cpu.process.norm") / ours.metric("cpu.process.norm"))));
        }
        line("");
    }

    private void scaling() {
        List<Row> scaling = rows.stream().filter(r -> r.benchmark.startsWith("ScalingBenchmark.")).toList();
        if (scaling.isEmpty()) {
            return;
        }
        line("### Scaling with archive size (synthetic archives, generation into memory, warmed up)");
        line("");
        line("| generator | schemas | ms/op (± 99.9%) | ms/schema | CPU ms/schema | alloc KB/schema | ms/schema ÷ at 10 |");
        line("|---|---:|---:|---:|---:|---:|---:|");
        for (String name : List.of("oursInMemory", "jsonschema2pojoInMemory")) {
            double base = Double.NaN;
            for (Row r : scaling) {
                if (!r.benchmark.endsWith("." + name)) {
                    continue;
                }
                int schemas = Integer.parseInt(r.params.replace("schemas=", ""));
                double perSchema = r.score / schemas;
                if (Double.isNaN(base)) {
                    base = perSchema;
                }
                line(String.format(Locale.ROOT, "| %s | %,d | %.1f (± %.1f) | %.3f | %.3f | %,.0f | %s |", name, schemas,
                        r.score, r.error, perSchema, r.metric("cpu.process.norm") / 1e6 / schemas,
                        r.metric("gc.alloc.rate.norm") / 1024 / schemas, ratio(perSchema / base)));
            }
        }
        line("");
    }

    private void memory() {
        if (memory == null) {
            return;
        }
        line("### Memory of one generation (ours, synthetic archives; ScalingMemory harness)");
        line("");
        line("| schemas | allocated MB | allocated KB/schema | live MB after load / parse / lower / name / emit"
                + " | peak live KB/schema | stage ms load / parse / lower / name / emit |");
        line("|---:|---:|---:|---|---:|---|");
        for (JsonNode m : memory) {
            int schemas = m.get("schemas").asInt();
            List<String> live = new ArrayList<>();
            long peak = 0;
            for (Map.Entry<String, JsonNode> stage : m.get("liveBytesAfter").properties()) {
                long bytes = stage.getValue().asLong();
                peak = Math.max(peak, bytes);
                live.add(String.format(Locale.ROOT, "%.2f", bytes / 1e6));
            }
            List<String> millis = new ArrayList<>();
            for (String stage : List.of("load", "parse", "lower", "name", "emit")) {
                millis.add(String.format(Locale.ROOT, "%.1f", m.get("millis").get(stage).asDouble()));
            }
            double allocated = m.get("allocatedBytes").asDouble();
            line(String.format(Locale.ROOT, "| %,d | %.1f | %,.0f | %s | %.1f | %s |", schemas, allocated / 1e6,
                    allocated / 1024 / schemas, String.join(" / ", live), peak / 1024.0 / schemas,
                    String.join(" / ", millis)));
        }
        line("");
    }

    private void diagnostics(Corpus corpus) {
        List<Row> order = rows.stream().filter(r -> r.benchmark.startsWith("DiscriminatorOrderBenchmark.")).toList();
        if (order.isEmpty()) {
            return;
        }
        line("### Diagnostic: position of the top-level discriminator (compact JSON)");
        line("");
        line("| decoder | order | notifications/s | CPU µs/op | CPU × raw tokens (same corpus) | alloc B/notification |");
        line("|---|---|---:|---:|---:|---:|");
        for (Row r : order) {
            Row floor = find("DiscriminatorOrderBenchmark.rawTokens", r.params);
            line(String.format(Locale.ROOT, "| %s | %s | %,.0f | %,.0f | %s | %,.0f |",
                    r.benchmark.replace("DiscriminatorOrderBenchmark.", ""), r.params.replace("order=", ""),
                    r.score * corpus.notifications(), r.metric("cpu.process.norm") / 1000,
                    ratio(floor == null ? Double.NaN : r.metric("cpu.process.norm") / floor.metric("cpu.process.norm")),
                    r.metric("gc.alloc.rate.norm") / corpus.notifications()));
        }
        line("");
    }

    private void jacksonLines(Corpus corpus) throws IOException {
        if (rows.stream().noneMatch(r -> r.benchmark.startsWith("JacksonLinesBenchmark."))) {
            return;
        }
        int n = corpus.notifications();
        line("### Decode + dispatch on both Jackson lines, side by side (JacksonLinesBenchmark)");
        line("");
        line(String.format(Locale.ROOT, "The same corpus and operation as the decode table (%d notifications, %d handler"
                + " calls), the same variants on each Jackson line, each benchmark in a JVM of its own. Ratios are of"
                + " throughput (higher = faster); wall = from the JMH scores, CPU = from the CPU time of the whole JVM"
                + " per operation; met = the unrounded ratio is at least the target.", n, DecodeBenchmark.DecodeCheck.calls(corpus).size()));
        line("");
        jacksonLine("jackson2", "Jackson 2 (" + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION + ")", n);
        jacksonLine("jackson3", "Jackson 3 (" + tools.jackson.databind.cfg.PackageVersion.VERSION + ")", n);
    }

    private void jacksonLine(String prefix, String title, int n) {
        Map<String, Row> byName = new LinkedHashMap<>();
        for (String name : LINE_VARIANTS) {
            Row row = find("JacksonLinesBenchmark." + prefix + name, "");
            if (row != null) {
                byName.put(name, row);
            }
        }
        if (byName.isEmpty()) {
            return;
        }
        line("#### " + title);
        line("");
        line("| variant | ops/s (± 99.9%) | notifications/s | CPU µs/op | alloc B/notification |");
        line("|---|---:|---:|---:|---:|");
        for (Map.Entry<String, Row> e : byName.entrySet()) {
            Row r = e.getValue();
            line(String.format(Locale.ROOT, "| %s | %,.0f (± %,.0f) | %,.0f | %,.0f | %,.0f |", LINE_LABELS.get(e.getKey()),
                    r.score, r.error, r.score * n, r.metric("cpu.process.norm") / 1000,
                    r.metric("gc.alloc.rate.norm") / n));
        }
        line("");
        line("| ratio of throughputs | wall | CPU | target | met? (wall / CPU) |");
        line("|---|---:|---:|---:|---|");
        target("entry point ÷ raw token pass", byName.get("EntryPoint"), byName.get("RawTokens"), ENTRY_POINT_TARGET);
        target("plain mapper ÷ tree", byName.get("PlainMapper"), byName.get("Tree"), PLAIN_MAPPER_TARGET);
        line("");
    }

    /** A row of throughput ratios, {@code variant} against {@code base}, against a target of at least {@code atLeast}. */
    private void target(String name, Row variant, Row base, double atLeast) {
        double wall = variant == null || base == null ? Double.NaN : variant.score / base.score;
        double cpu = variant == null || base == null ? Double.NaN
                : base.metric("cpu.process.norm") / variant.metric("cpu.process.norm");
        line(String.format(Locale.ROOT, "| %s | %s | %s | ≥ %.2f× | %s / %s |", name, ratio(wall), ratio(cpu), atLeast,
                met(wall, atLeast), met(cpu, atLeast)));
    }

    private static String met(double value, double atLeast) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "–" : value >= atLeast ? "met" : "**missed**";
    }

    private static String ratio(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "–" : String.format(Locale.ROOT, "%.2f×", value);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
