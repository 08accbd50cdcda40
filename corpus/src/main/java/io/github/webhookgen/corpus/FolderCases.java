package io.github.webhookgen.corpus;

import io.github.webhookgen.corpus.CorpusCase.Payload;
import io.github.webhookgen.corpus.CorpusCase.Skipped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One case per subfolder. The case's archive is every {@code .json} file of the subfolder outside its examples
 * folder; the root document is {@code schema.json}, or else the only {@code .json} file directly in the subfolder;
 * the payloads are the files of the examples folder ({@code examples/} unless configured otherwise).
 */
final class FolderCases implements CaseSource {

    static final String ROOT = "schema.json";

    private final Path input;
    private final String examples;

    FolderCases(Path input, String examples) {
        this.input = input;
        this.examples = examples;
    }

    @Override
    public List<CorpusCase> cases() throws IOException {
        List<Path> folders;
        try (Stream<Path> children = Files.list(input)) {
            folders = children.filter(Files::isDirectory).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        List<CorpusCase> cases = new ArrayList<>();
        for (Path folder : folders) {
            cases.add(read(folder));
        }
        return cases;
    }

    private CorpusCase read(Path folder) throws IOException {
        String name = folder.getFileName().toString();
        List<Payload> payloads = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        PayloadFiles.collect(folder.resolve(examples), examples + "/", payloads, skipped);
        SchemaFolder documents = new SchemaFolder(folder, path -> !path.startsWith(examples + "/"),
                new UriMappings(List.of()));
        List<String> topLevel = documents.paths().stream().filter(path -> !path.contains("/")).toList();
        if (topLevel.contains(ROOT)) {
            return new CorpusCase(name, ROOT, documents::all, payloads, skipped, null);
        }
        if (topLevel.size() == 1) {
            return new CorpusCase(name, topLevel.get(0), documents::all, payloads, skipped, null);
        }
        return CorpusCase.unusable(name, payloads, skipped, topLevel.isEmpty()
                ? "no schema document: neither " + ROOT + " nor another .json file directly in the folder"
                : "no " + ROOT + " and several .json files directly in the folder: " + String.join(", ", topLevel));
    }
}
