package io.github.webhookgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.core.Generator;
import io.github.webhookgen.core.GeneratorConfig;
import io.github.webhookgen.core.archive.ArchiveLimits;
import io.github.webhookgen.core.archive.ArchiveLoader;
import io.github.webhookgen.core.archive.BundledArchive;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.write.Manifest;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar, run as a user runs it: {@code java -jar webhookgen-cli-<version>.jar ...} in a process of its own,
 * checked by its exit code, its standard output and error, and the files it writes.
 */
class CommandLineIT {

    private static final Path JAR = Path.of(System.getProperty("webhookgen.cli.jar", "no webhookgen.cli.jar given"));
    private static final String PACKAGE = "com.example.lp";

    @TempDir
    Path temp;

    /** What a run of the jar did. */
    record Run(int exitCode, String out, String err) {}

    @Test
    void helpPrintsTheUsageOfTheCommandsAndTheirOptions() throws Exception {
        Run top = run("--help");
        Run generate = run("generate", "--help");
        Run verify = run("help", "verify-examples");

        assertEquals(0, top.exitCode());
        assertTrue(top.out().startsWith("Usage: webhookgen [-hV] [COMMAND]"), top.out());
        assertTrue(top.out().contains("  generate ") && top.out().contains("  verify-examples "), top.out());
        assertEquals("", top.err());
        assertEquals(0, generate.exitCode());
        for (String option : List.of("-a, --archive=<path>", "-p, --package-name=<name>", "-o, --output-directory=<dir>",
                "-x, --exclude=<glob>", "--[no-]strict", "-j, --jackson=<2|3>", "--dispatch-root=<path[#pointer]>",
                "--changes-path=<a.b>", "--uri-mapping=<prefix>=<folder>", "--use-title-as-type-name", "-v, --verbose",
                "Exit codes:")) {
            assertTrue(generate.out().contains(option), () -> option + " in\n" + generate.out());
        }
        assertEquals(0, verify.exitCode());
        for (String option : List.of("-a, --archive=<path>", "-o, --output-directory=<dir>", "-c, --classpath,",
                "-e, --example-directory=<dir>", "-x, --exclude=<glob>", "-r, --report-file=<file>", "--[no-]strict",
                "--dispatch-root=<path[#pointer]>", "--uri-mapping=<prefix>=<folder>")) {
            assertTrue(verify.out().contains(option), () -> option + " in\n" + verify.out());
        }
    }

    @Test
    void versionIsTheGeneratorsVersion() throws Exception {
        Run run = run("--version");

        assertEquals(new Run(0, "webhookgen " + Generator.VERSION + System.lineSeparator(), ""), run);
    }

    @Test
    void generatesFromTheBundledArchiveWhatTheGeneratorGeneratesAndThenNothing() throws Exception {
        Path cli = temp.resolve("cli");
        Path core = temp.resolve("core");
        new Generator().run(GeneratorConfig.of(BundledArchive.locate(), PACKAGE, core));

        Run first = run("generate", "--package-name", PACKAGE, "--output-directory", cli.toString(), "--jackson", "2");
        FileTime written = Files.getLastModifiedTime(cli.resolve("com/example/lp/Webhooks.java"));
        Run second = run("generate", "-p", PACKAGE, "-o", cli.toString(), "-j", "2");

        assertEquals(0, first.exitCode(), first::err);
        assertTrue(first.out().matches("webhookgen: read \\d+ schemas, generated (\\d+) files \\(\\1 written, "
                + "0 unchanged, 0 deleted\\) in \\d+ ms -> " + java.util.regex.Pattern.quote(cli.toString()) + "\\R"),
                first.out());
        assertEquals("", first.err());
        Map<String, String> expected = files(core);
        Map<String, String> actual = files(cli);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, text) -> assertEquals(text, actual.get(path), path));
        assertTrue(expected.size() > 100, expected.keySet()::toString);
        assertEquals(0, second.exitCode(), second::err);
        assertTrue(second.out().startsWith("webhookgen: sources are up to date ("), second.out());
        assertEquals(written, Files.getLastModifiedTime(cli.resolve("com/example/lp/Webhooks.java")));
    }

    @Test
    void anUnreadableArchiveExitsWith1AndSaysWhy() throws Exception {
        Path missing = temp.resolve("no-such-archive.zip");

        Run run = run("generate", "-a", missing.toString(), "-p", PACKAGE, "-o", temp.resolve("out").toString(), "-j", "2");

        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertEquals(List.of(missing + ": error: [ARCHIVE_UNREADABLE] cannot read the archive: no such file: " + missing,
                "webhookgen: 1 error(s), listed above; nothing was generated and the previous sources are unchanged"),
                run.err().lines().toList());
        assertFalse(Files.exists(temp.resolve("out")));
    }

    @Test
    void aRepeatedWarningIsOneLineAndTheSummaryNamesTheVerboseOption() throws Exception {
        Path archive = temp.resolve("schemas");
        Files.createDirectories(archive.resolve("webhooks"));
        Files.writeString(archive.resolve("webhooks/Order.json"), """
                {
                  "type": "object",
                  "properties": {
                    "customer": { "$ref": "Client.json" },
                    "payer": { "$ref": "Client.json" }
                  }
                }
                """);
        Path out = temp.resolve("out");
        String unresolved = archive + File.separator + "webhooks/Order.json:4:27: warning: [UNRESOLVED_REF] $ref "
                + "\"Client.json\": no file webhooks/Client.json in the archive; typed as JsonNode (at "
                + "#/properties/customer/$ref";

        Run folded = run("generate", "-a", archive.toString(), "-p", "com.example.shop", "-o", out.toString(), "-j", "2",
                "--no-strict");
        Run verbose = run("generate", "-a", archive.toString(), "-p", "com.example.shop", "-o", out.toString(), "-j",
                "2", "--no-strict", "--verbose");

        assertEquals(List.of(unresolved + "; 2 times in this file)",
                "webhookgen: 2 warnings in 1 file (--verbose lists every occurrence)"), folded.err().lines().toList());
        assertEquals(3, verbose.err().lines().count(), verbose::err);
        assertEquals("webhookgen: 2 warnings in 1 file", verbose.err().lines().toList().get(2));
    }

    @Test
    void problemsNameTheFileInsideTheArchiveFolderAndTheSummaryNamesTheOptions() throws Exception {
        Path archive = temp.resolve("schemas");
        Files.createDirectories(archive.resolve("webhooks"));
        Files.writeString(archive.resolve("webhooks/Order.json"), """
                {
                  "type": "object",
                  "properties": {
                    "customer": { "$ref": "Client.json" }
                  }
                }
                """);
        Path out = temp.resolve("out");

        Run strict = run("generate", "-a", archive.toString(), "-p", "com.example.shop", "-o", out.toString(), "-j", "2");
        boolean wroteNothing = !Files.exists(out);
        Run lenient = run("generate", "-a", archive.toString(), "-p", "com.example.shop", "-o", out.toString(),
                "-j", "2", "--no-strict");

        assertEquals(1, strict.exitCode());
        assertEquals(List.of(archive + File.separator + "webhooks/Order.json:4:27: error: [UNRESOLVED_REF] $ref "
                        + "\"Client.json\": no file webhooks/Client.json in the archive (at #/properties/customer/$ref)",
                "webhookgen: 1 error(s), listed above; nothing was generated and the previous sources are unchanged. "
                        + "For an archive whose references you cannot fix, --no-strict generates the rest, and "
                        + "--exclude leaves files out"), strict.err().lines().toList());
        assertTrue(wroteNothing);
        assertEquals(0, lenient.exitCode(), lenient::err);
        assertEquals(List.of(archive + File.separator + "webhooks/Order.json:4:27: warning: [UNRESOLVED_REF] $ref "
                + "\"Client.json\": no file webhooks/Client.json in the archive; typed as JsonNode "
                + "(at #/properties/customer/$ref)", "webhookgen: 1 warning in 1 file"), lenient.err().lines().toList());
        assertTrue(Files.readString(out.resolve("com/example/shop/Order.java")).contains("JsonNode customer"));
    }

    @Test
    void useTitleAsTypeNameNamesTypesAfterTheirTitles() throws Exception {
        Path archive = temp.resolve("schemas");
        Files.createDirectories(archive.resolve("webhooks"));
        Files.writeString(archive.resolve("webhooks/Order.json"), """
                {
                  "type": "object",
                  "properties": {
                    "payment": {
                      "oneOf": [
                        { "type": "string" },
                        { "title": "Card payment", "type": "object", "properties": { "last4": { "type": "string" } } }
                      ]
                    }
                  }
                }
                """);
        Path positional = temp.resolve("positional");
        Path titled = temp.resolve("titled");

        Run without = run("generate", "-a", archive.toString(), "-p", "com.example.shop", "-o", positional.toString(),
                "-j", "2");
        Run with = run("generate", "-a", archive.toString(), "-p", "com.example.shop", "-o", titled.toString(),
                "-j", "2", "--use-title-as-type-name");

        assertEquals(new Run(0, without.out(), ""), without);
        assertEquals(new Run(0, with.out(), ""), with);
        assertTrue(Files.exists(positional.resolve("com/example/shop/PaymentObject.java")));
        assertFalse(Files.exists(positional.resolve("com/example/shop/CardPayment.java")));
        assertTrue(Files.exists(titled.resolve("com/example/shop/CardPayment.java")));
        assertFalse(Files.exists(titled.resolve("com/example/shop/PaymentObject.java")));
        assertTrue(Files.readString(titled.resolve("com/example/shop/Payment.java"))
                .contains("permits Payment.OfString, CardPayment"));
    }

    @Test
    void badUsageExitsWith2WithTheMessageAndTheUsage() throws Exception {
        Run unknown = run("generate", "-p", PACKAGE, "-o", temp.toString(), "-j", "2", "--frob");
        Run missing = run("generate", "-p", PACKAGE, "-j", "2");
        Run noCommand = run();

        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("Unknown option: '--frob'"), unknown.err());
        assertTrue(unknown.err().contains("Usage: webhookgen generate "), unknown.err());
        assertEquals("", unknown.out());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith("Missing required option: '--output-directory=<dir>'"), missing.err());
        assertEquals(2, noCommand.exitCode());
        assertTrue(noCommand.err().startsWith("Missing command: generate or verify-examples"), noCommand.err());
    }

    @Test
    void verifyExamplesChecksTheArchivesExamplesAgainstTheCompiledClasses() throws Exception {
        Path generated = temp.resolve("generated");
        Path classes = temp.resolve("classes");
        assertEquals(0, run("generate", "-p", PACKAGE, "-o", generated.toString(), "-j", "2").exitCode());
        compile(generated, classes);
        String classpath = classes + File.pathSeparator + jacksonJars();
        Path captured = temp.resolve("captured");
        Files.createDirectories(captured);
        Files.writeString(captured.resolve("bad.json"), """
                {"type": "ms.MessagingEventNotification", "body": {"changes": [{"sequence": "7"}]}}""");
        Path report = temp.resolve("report.json");
        int examples = ArchiveLoader.examples(ArchiveLimits.DEFAULT, List.of())
                .load(BundledArchive.locate(), new Problems()).documents().size();

        Run passed = run("verify-examples", "-o", generated.toString(), "--classpath", classpath, "-r", report.toString());
        Run failed = run("verify-examples", "-o", generated.toString(), "-c", classpath, "-e", captured.toString(),
                "-x", "webhooks_examples/**");

        assertEquals(0, passed.exitCode(), passed::err);
        // The bundled archive's six examples that deviate from its schemas on purpose are warnings.
        assertTrue(passed.out().startsWith("webhookgen: checked " + examples + " examples as WsNotificationMsg with "
                + "Jackson 2: " + examples + " round-tripped, " + examples + " dispatched, 0 failed, 6 with values the "
                + "schemas do not allow (kept; listed above); visitor calls: visitAcceptStatusEvent "), passed.out());
        assertTrue(passed.out().strip().endsWith(" -> " + report), passed.out());
        assertTrue(Files.readString(report).contains("\"rootType\" : \"com.example.lp.WsNotificationMsg\""));
        assertEquals(6, passed.err().lines().filter(line -> line.contains(": warning: [EXAMPLE_NOT_VALID] ")).count(),
                passed::err);
        assertEquals(6, passed.err().lines().count(), passed::err); // nothing else: no logging of the validator's
        assertEquals(1, failed.exitCode());
        assertEquals(List.of(captured + File.separator + "bad.json:1:77: error: [EXAMPLE_UNREADABLE] cannot be read as "
                        + "WsNotificationMsg: Expected an integer, found VALUE_STRING (Jackson path "
                        + "body.changes[0].sequence) (at #/body/changes/0/sequence)",
                "webhookgen: 1 of 1 examples failed the check, listed above"),
                failed.err().lines().filter(line -> !line.contains(": warning: ")).toList());
        // The validator agrees: the value, and the properties the payload leaves out, are not what the schemas allow.
        assertTrue(failed.err().contains(captured + File.separator + "bad.json:1:77: warning: [EXAMPLE_NOT_VALID] not "
                + "valid against the schemas: string found, integer expected (schema "
                + "webhooks/MessagingEventChange.json#/properties/sequence/type) (at #/body/changes/0/sequence)"),
                failed::err);
    }

    @Test
    void verifyExamplesWithStrictFailsOnAValueTheSchemasDoNotAllow() throws Exception {
        Path generated = temp.resolve("generated");
        Path classes = temp.resolve("classes");
        assertEquals(0, run("generate", "-p", PACKAGE, "-o", generated.toString(), "-j", "2").exitCode());
        compile(generated, classes);
        String classpath = classes + File.pathSeparator + jacksonJars();

        // Only the notification-* and rich-* examples: two of them deviate from the schemas on purpose.
        String others = "webhooks_examples/[a-m]*";
        Run lenient = run("verify-examples", "-o", generated.toString(), "-c", classpath, "-x", others);
        Run strict = run("verify-examples", "-o", generated.toString(), "-c", classpath, "-x", others, "--strict");

        assertEquals(0, lenient.exitCode(), lenient::err);
        assertEquals(1, strict.exitCode(), strict::err);
        List<String> lines = strict.err().lines().toList();
        assertEquals(List.of(
                "notification-unknown-type-aam-ex-conversation-change.json:3:11: error: [EXAMPLE_NOT_VALID] not valid "
                        + "against the schemas: does not have a value in the enumeration "
                        + "[\"ms.MessagingEventNotification\", \"cqm.ExConversationChangeNotification\"] (of the "
                        + "oneOf's branches) (schema webhooks/WsNotificationMsg.json#/oneOf) (at #/type)",
                "notification-unknown-type-ms-online-event-distribution.json:3:11: error: [EXAMPLE_NOT_VALID] not "
                        + "valid against the schemas: does not have a value in the enumeration "
                        + "[\"ms.MessagingEventNotification\", \"cqm.ExConversationChangeNotification\"] (of the "
                        + "oneOf's branches) (schema webhooks/WsNotificationMsg.json#/oneOf) (at #/type)"),
                lines.subList(0, lines.size() - 1).stream()
                        .map(line -> line.substring(line.indexOf("webhooks_examples/") + "webhooks_examples/".length()))
                        .toList());
        assertTrue(lines.get(lines.size() - 1).matches("webhookgen: 2 of \\d+ examples failed the check, listed above"),
                strict::err);
        assertEquals(lenient.err().replace(": warning: ", ": error: "), strict.err().substring(0,
                strict.err().lastIndexOf("webhookgen: ")));
    }

    @Test
    void verifyExamplesWithoutGeneratedSourcesSaysWhatToDo() throws Exception {
        Path empty = temp.resolve("nothing");

        Run run = run("verify-examples", "-o", empty.toString(), "-c", jacksonJars());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith(empty + ": error: [INVALID_CONFIG] no generated sources here"), run.err());
    }

    // ---- running the jar ----

    private Run run(String... arguments) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), "no jar at " + JAR + " (run through Maven: mvn verify)");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(Arrays.asList(arguments));
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(temp.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the jar did not end: " + command);
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Every file under {@code root} but the manifest, by relative path, and the manifest without its fingerprint. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (file.getFileName().toString().equals(Manifest.FILE_NAME)) {
                    // The fingerprint hashes the generator's own jar: the shaded one differs from the reactor's.
                    text = text.lines().filter(line -> !line.startsWith("fingerprint ")).collect(Collectors.joining("\n"));
                }
                files.put(root.relativize(file).toString().replace('\\', '/'), text);
            }
        }
        return files;
    }

    private static String jacksonJars() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.replace('\\', '/').contains("com/fasterxml/jackson/core/"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static void compile(Path sources, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "tests need a JDK, not a JRE");
        Files.createDirectories(classes);
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-proc:none", "-nowarn",
                "-classpath", jacksonJars(), "-d", classes.toString()));
        try (Stream<Path> walk = Files.walk(sources)) {
            walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> arguments.add(p.toString()));
        }
        assertEquals(0, javac.run(null, null, null, arguments.toArray(String[]::new)), "javac failed");
    }
}
