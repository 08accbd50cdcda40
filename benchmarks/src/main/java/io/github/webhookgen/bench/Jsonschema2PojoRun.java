package io.github.webhookgen.bench;

import com.sun.codemodel.CodeWriter;
import com.sun.codemodel.JCodeModel;
import com.sun.codemodel.JPackage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.jsonschema2pojo.AnnotationStyle;
import org.jsonschema2pojo.ContentResolver;
import org.jsonschema2pojo.DefaultGenerationConfig;
import org.jsonschema2pojo.Jackson2Annotator;
import org.jsonschema2pojo.Jsonschema2Pojo;
import org.jsonschema2pojo.NoopRuleLogger;
import org.jsonschema2pojo.RuleLogger;
import org.jsonschema2pojo.SchemaGenerator;
import org.jsonschema2pojo.SchemaMapper;
import org.jsonschema2pojo.SchemaStore;
import org.jsonschema2pojo.SourceType;
import org.jsonschema2pojo.rules.RuleFactory;

/**
 * jsonschema2pojo in-process, configured as the benchmarks module's {@code pom.xml} configures its Maven plugin
 * (jsonschema source, Java 17, Jackson 2 annotations, additional properties, long integers; the rest its defaults).
 */
final class Jsonschema2PojoRun {

    private final Config config;

    Jsonschema2PojoRun(Path schemaDirectory, String targetPackage, Path targetDirectory) {
        this.config = new Config(schemaDirectory, targetPackage, targetDirectory);
    }

    /** What the Maven plugin does: every schema of the directory into one code model, written to the target. */
    void toDisk() throws IOException {
        Jsonschema2Pojo.generate(config, new NoopRuleLogger());
    }

    /**
     * The same stages, with the source text printed into memory instead of files; mirrors
     * {@code Jsonschema2Pojo.generate} (rule factory, schema store, one mapper call per file in name order).
     *
     * @return the number of characters printed
     */
    long inMemory() throws IOException {
        RuleLogger logger = new NoopRuleLogger();
        RuleFactory rules = new RuleFactory(config, new Jackson2Annotator(config),
                new SchemaStore(new ContentResolver(), logger));
        rules.setLogger(logger);
        SchemaMapper mapper = new SchemaMapper(rules, new SchemaGenerator());
        JCodeModel codeModel = new JCodeModel();
        File[] files = config.schemaDirectory.toFile().listFiles(config.getFileFilter());
        if (files == null) {
            throw new IOException("cannot list " + config.schemaDirectory);
        }
        List<File> sorted = Arrays.stream(files).filter(File::isFile)
                .sorted(config.getSourceSortOrder().getComparator()).toList();
        for (File file : sorted) {
            URL url = file.toURI().toURL();
            mapper.generate(codeModel, Jsonschema2Pojo.getNodeName(url, config), config.getTargetPackage(), url);
        }
        MemoryWriter writer = new MemoryWriter();
        codeModel.build(writer, writer);
        return writer.out.size();
    }

    /** Keeps everything jsonschema2pojo prints in one buffer. */
    private static final class MemoryWriter extends CodeWriter {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);

        @Override
        public OutputStream openBinary(JPackage pkg, String fileName) {
            return new OutputStream() {
                @Override
                public void write(int b) {
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    out.write(b, off, len);
                }
            };
        }

        @Override
        public void close() {
            // nothing to release
        }
    }

    /** The plugin configuration of {@code benchmarks/pom.xml}, as a {@code GenerationConfig}. */
    private static final class Config extends DefaultGenerationConfig {
        final Path schemaDirectory;
        private final String targetPackage;
        private final Path targetDirectory;

        Config(Path schemaDirectory, String targetPackage, Path targetDirectory) {
            this.schemaDirectory = schemaDirectory;
            this.targetPackage = targetPackage;
            this.targetDirectory = targetDirectory;
        }

        @Override
        public Iterator<URL> getSource() {
            try {
                return List.of(schemaDirectory.toUri().toURL()).iterator();
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public File getTargetDirectory() {
            return targetDirectory.toFile();
        }

        @Override
        public String getTargetPackage() {
            return targetPackage;
        }

        @Override
        public SourceType getSourceType() {
            return SourceType.JSONSCHEMA;
        }

        @Override
        public String getTargetVersion() {
            return "17";
        }

        @Override
        public AnnotationStyle getAnnotationStyle() {
            return AnnotationStyle.JACKSON2;
        }

        @Override
        public boolean isIncludeAdditionalProperties() {
            return true;
        }

        @Override
        public boolean isUseLongIntegers() {
            return true;
        }
    }
}
