package io.github.webhookgen.core.emit;

import static io.github.webhookgen.core.InlineSchemas.archive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webhookgen.core.Generator;
import io.github.webhookgen.core.GeneratorConfig;
import io.github.webhookgen.core.JacksonLine;
import io.github.webhookgen.core.archive.Archive;
import io.github.webhookgen.core.archive.ArchiveLimits;
import io.github.webhookgen.core.archive.ArchiveLoader;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.lower.DispatchRoot;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which generated packages get {@code WebhookSignature}, the check of LivePerson's signature header: those whose
 * notifications start where LivePerson's archive has them ({@link DispatchRoot#LIVEPERSON}), on either Jackson line,
 * and no other. The golden-file test compiles it in the generated package with the rest.
 */
class SignatureSupportTest {

    private static final String SIGNATURE = "WebhookSignature.java";

    @ParameterizedTest
    @EnumSource(JacksonLine.class)
    void theLivePersonLayoutGetsTheSignatureCheckMovedIntoItsPackage(JacksonLine line) throws IOException {
        SortedMap<String, String> sources = generate(fixture("dispatch"), DispatchRoot.LIVEPERSON, line);

        String copy = sources.get("com/example/hooks/" + SIGNATURE);
        assertNotNull(copy, sources.keySet()::toString);
        assertTrue(sources.containsKey("com/example/hooks/Webhooks.java"));
        String original = supportSource();
        String afterPackage = "package io.github.webhookgen.support;\n";
        assertTrue(copy.startsWith("// Copied by webhookgen as the check of LivePerson's x-liveperson-signature header."
                + "\n// Do not edit: it is the same for every schema.\npackage com.example.hooks;\n"), copy);
        assertEquals(original.substring(original.indexOf(afterPackage) + afterPackage.length()),
                copy.substring(copy.indexOf("package com.example.hooks;\n") + "package com.example.hooks;\n".length()));
        assertFalse(copy.contains("io.github.webhookgen.support"));
        assertTrue(copy.contains("\npublic final class WebhookSignature {"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"enums", "kinds", "records", "unions"})
    void archivesWithoutNotificationsDoNotGetIt(String fixture) {
        SortedMap<String, String> sources = generate(fixture(fixture), DispatchRoot.DEFAULT, JacksonLine.JACKSON_2);

        assertTrue(sources.containsKey("com/example/hooks/Json.java"));
        assertFalse(sources.keySet().stream().anyMatch(path -> path.endsWith("/" + SIGNATURE)), sources::toString);
    }

    @Test
    void notificationsAtAnotherRootDoNotGetIt() {
        Archive archive = archive(
                "events/Root.json", "{'oneOf': [{'$ref': 'Chat.json'}, {'$ref': 'Ping.json'}]}",
                "events/Chat.json", """
                        {'properties': {'type': {'enum': ['chat']}, 'body': {'properties': {
                          'changes': {'type': 'array', 'items': {'properties': {'text': {'type': 'string'}}}}}}}}""",
                "events/Ping.json", """
                        {'properties': {'type': {'enum': ['ping']}, 'body': {'properties': {
                          'changes': {'type': 'array', 'items': {'properties': {'at': {'type': 'integer'}}}}}}}}""");
        DispatchRoot other = new DispatchRoot("events/Root.json", List.of("body", "changes"));

        SortedMap<String, String> sources = generate(archive, other, JacksonLine.JACKSON_3);

        assertTrue(sources.containsKey("com/example/hooks/Webhooks.java"), sources.keySet()::toString);
        assertFalse(sources.containsKey("com/example/hooks/" + SIGNATURE));
    }

    private static SortedMap<String, String> generate(Archive archive, DispatchRoot root, JacksonLine line) {
        GeneratorConfig config = GeneratorConfig.of(new ArchiveSource.Directory(Path.of("unused")),
                "com.example.hooks", Path.of("unused")).withDispatchRoot(root).withStrict(true).withJackson(line);
        Problems problems = new Problems();
        SortedMap<String, String> sources = Generator.generate(archive, config, problems);
        assertEquals(List.of(), problems.all());
        return sources;
    }

    private static Archive fixture(String name) {
        try {
            Path folder = Path.of(SignatureSupportTest.class.getResource("/fixtures/" + name).toURI());
            Problems problems = new Problems();
            Archive archive = new ArchiveLoader(ArchiveLimits.DEFAULT).load(new ArchiveSource.Directory(folder),
                    problems);
            assertEquals(List.of(), problems.all());
            return archive;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The source in {@code support/liveperson}, as the build puts it among the generator's resources. */
    private static String supportSource() throws IOException {
        try (InputStream in = SupportFiles.class.getResourceAsStream(SupportFiles.LIVEPERSON_SIGNATURE)) {
            assertNotNull(in, SupportFiles.LIVEPERSON_SIGNATURE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
