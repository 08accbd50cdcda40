package io.github.webhookgen.core;

import io.github.webhookgen.core.write.Hashing;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.stream.Stream;

/** Hashes the jar, or the folder of class files, that a class was loaded from. */
final class CodeFingerprint {

    private CodeFingerprint() {}

    static String of(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "unknown";
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            Hashing hashing = new Hashing();
            if (Files.isDirectory(location)) {
                List<Path> classes;
                try (Stream<Path> walk = Files.walk(location)) {
                    classes = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
                }
                for (Path file : classes) {
                    hashing.add(location.relativize(file).toString(), Files.readAllBytes(file));
                }
            } else {
                hashing.add("jar", Files.readAllBytes(location));
            }
            return hashing.hex();
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return "unknown";
        }
    }
}
