package io.github.webhookgen.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** How an input folder holds its cases; see the case sources for each. */
enum Layout {
    /** One case per subfolder: {@link FolderCases}. */
    FOLDERS,
    /** SchemaStore's repository: {@link SchemaStoreCases}. */
    SCHEMASTORE,
    /** JSON-Schema-Test-Suite's test files: {@link TestSuiteCases}. */
    TEST_SUITE,
    /** One case per schema file, no payloads: {@link FileCases}. */
    FILES;

    /**
     * The layout of a folder: SchemaStore when it has {@code src/schemas/json/}; the test suite when a {@code .json}
     * file directly in it is an array of test groups; one case per folder when a subfolder has an examples folder;
     * otherwise one case per file (a folder of schemas without payloads is read as one case per folder only when
     * asked for).
     *
     * @param examples the name of the examples folder of a case folder
     * @throws IOException when the folder cannot be listed
     */
    static Layout detect(Path input, String examples) throws IOException {
        if (SchemaStoreCases.matches(input)) {
            return SCHEMASTORE;
        }
        if (TestSuiteCases.matches(input)) {
            return TEST_SUITE;
        }
        try (Stream<Path> children = Files.list(input)) {
            boolean caseFolders = children.filter(Files::isDirectory)
                    .anyMatch(folder -> Files.isDirectory(folder.resolve(examples)));
            return caseFolders ? FOLDERS : FILES;
        }
    }

    /** The URI prefixes the layout's schemas use for documents of the same collection. */
    UriMappings defaultMappings() {
        return switch (this) {
            case SCHEMASTORE -> SchemaStoreCases.MAPPINGS;
            case TEST_SUITE -> TestSuiteCases.MAPPINGS;
            case FOLDERS, FILES -> new UriMappings(List.of());
        };
    }

    /**
     * The cases of {@code input} in this layout.
     *
     * @param mappings URI prefixes and the archive folders they stand for
     * @param examples the examples folder of a case folder ({@link #FOLDERS})
     * @param remotes the test suite's remotes folder ({@link #TEST_SUITE}), or null to look for one above the input
     */
    CaseSource open(Path input, UriMappings mappings, String examples, Path remotes) {
        return switch (this) {
            case FOLDERS -> new FolderCases(input, examples);
            case SCHEMASTORE -> new SchemaStoreCases(input, mappings);
            case TEST_SUITE -> new TestSuiteCases(input, remotes != null ? remotes : TestSuiteCases.findRemotes(input),
                    mappings);
            case FILES -> new FileCases(input, mappings);
        };
    }
}
