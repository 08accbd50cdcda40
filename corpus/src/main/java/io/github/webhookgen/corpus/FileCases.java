package io.github.webhookgen.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One case per {@code .json} file of the folder and its subfolders, without payloads (a library's test schemas, such
 * as jsonschema2pojo's). The archive of a case is the file and the documents of the folder it reaches through
 * {@code $ref}.
 */
final class FileCases implements CaseSource {

    private final Path input;
    private final UriMappings mappings;

    FileCases(Path input, UriMappings mappings) {
        this.input = input;
        this.mappings = mappings;
    }

    @Override
    public List<CorpusCase> cases() throws IOException {
        SchemaFolder folder = new SchemaFolder(input, path -> true, mappings);
        List<CorpusCase> cases = new ArrayList<>();
        for (String path : folder.paths()) {
            cases.add(new CorpusCase(path, path, () -> {
                SortedMap<String, byte[]> start = new TreeMap<>();
                start.put(path, folder.read(path));
                return folder.closure(start);
            }, List.of(), List.of(), null));
        }
        return cases;
    }
}
