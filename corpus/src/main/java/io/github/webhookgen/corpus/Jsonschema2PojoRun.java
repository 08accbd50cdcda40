package io.github.webhookgen.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.codemodel.ClassType;
import com.sun.codemodel.CodeWriter;
import com.sun.codemodel.JClass;
import com.sun.codemodel.JCodeModel;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JFieldVar;
import com.sun.codemodel.JPackage;
import com.sun.codemodel.JType;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jsonschema2pojo.AbstractRuleLogger;
import org.jsonschema2pojo.AnnotationStyle;
import org.jsonschema2pojo.ContentResolver;
import org.jsonschema2pojo.DefaultGenerationConfig;
import org.jsonschema2pojo.Jackson2Annotator;
import org.jsonschema2pojo.Jsonschema2Pojo;
import org.jsonschema2pojo.SchemaGenerator;
import org.jsonschema2pojo.SchemaMapper;
import org.jsonschema2pojo.SchemaStore;
import org.jsonschema2pojo.SourceType;
import org.jsonschema2pojo.rules.RuleFactory;

/**
 * jsonschema2pojo in-process on one case, configured as the benchmarks module configures it (JSON Schema source,
 * Java 17, Jackson 2 annotations, additional properties kept, integers as {@code Long}; the rest its defaults). The
 * case's documents are written to a folder and the root is generated from there, so that relative references resolve
 * as on disk; absolute references under a mapped URI prefix are read from the mapped folder, and any other
 * {@code http(s)} reference fails at once instead of reaching for the network.
 */
final class Jsonschema2PojoRun {

    /** The package of the generated classes. */
    static final String PACKAGE = "corpus.j2p";

    private static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";

    private final UriMappings mappings;

    Jsonschema2PojoRun(UriMappings mappings) {
        this.mappings = mappings;
    }

    /**
     * @param scratch an empty folder the documents are written to
     * @throws IOException when the documents cannot be written
     */
    GeneratedCode generate(CorpusCase corpusCase, SortedMap<String, byte[]> documents, Path scratch)
            throws IOException {
        long start = System.nanoTime();
        for (Map.Entry<String, byte[]> document : documents.entrySet()) {
            Path file = scratch.resolve(document.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, document.getValue());
        }
        Config config = new Config();
        Log log = new Log();
        try {
            RuleFactory rules = new RuleFactory(config, new Jackson2Annotator(config),
                    new SchemaStore(new MappedContentResolver(mappings, scratch), log));
            rules.setLogger(log);
            JCodeModel codeModel = new JCodeModel();
            URL url = scratch.resolve(corpusCase.root()).toUri().toURL();
            JType root = new SchemaMapper(rules, new SchemaGenerator())
                    .generate(codeModel, Jsonschema2Pojo.getNodeName(url, config), PACKAGE, url);
            SortedMap<String, String> sources = print(codeModel);
            Census census = new Census(codeModel);
            return new GeneratedCode(new Generation(Outcome.GENERATED, null, List.of(), log.lines.size(),
                    log.lines.size(), log.codes(), log.shapes(), log.lines, sources.size(), census.kind(root),
                    canonical(root), null, census.properties, census.untyped, Map.of(), Map.of(), millisSince(start)),
                    sources);
        } catch (Throwable e) {
            // jsonschema2pojo reports bad input by throwing; everything it throws is recorded the same way.
            return new GeneratedCode(new Generation(Outcome.CRASH, Crashes.describe(e), List.of(), log.lines.size(),
                    log.lines.size(), log.codes(), log.shapes(), log.lines, 0, RootKind.NONE, null, null, 0, 0,
                    Map.of(), Map.of(), millisSince(start)), new TreeMap<>());
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The canonical name Jackson's type factory reads: binary names for nested classes, generics spelled out. */
    private static String canonical(JType type) {
        JType boxed = type.isPrimitive() ? type.boxify() : type;
        if (boxed instanceof JClass cls && !cls.getTypeParameters().isEmpty()) {
            List<String> parameters = cls.getTypeParameters().stream().map(Jsonschema2PojoRun::canonical).toList();
            return cls.erasure().binaryName() + "<" + String.join(",", parameters) + ">";
        }
        return boxed.binaryName();
    }

    private static SortedMap<String, String> print(JCodeModel codeModel) throws IOException {
        Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
        codeModel.build(new CodeWriter() {
            {
                encoding = StandardCharsets.UTF_8.name();
            }

            @Override
            public OutputStream openBinary(JPackage pkg, String fileName) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                files.put(pkg.name().replace('.', '/') + "/" + fileName, out);
                return out;
            }

            @Override
            public void close() {
                // everything stays in memory
            }
        });
        SortedMap<String, String> sources = new TreeMap<>();
        files.forEach((path, bytes) -> sources.put(path, bytes.toString(StandardCharsets.UTF_8)));
        return sources;
    }

    /** The declared properties of every generated class and the untyped ones, and what the root became. */
    private static final class Census {
        final Set<JDefinedClass> empty = new HashSet<>();
        int properties;
        int untyped;

        Census(JCodeModel codeModel) {
            List<JDefinedClass> classes = new ArrayList<>();
            for (Iterator<JPackage> packages = codeModel.packages(); packages.hasNext(); ) {
                collect(packages.next().classes(), classes);
            }
            for (JDefinedClass cls : classes) {
                if (cls.getClassType() == ClassType.CLASS && declared(cls).isEmpty()) {
                    empty.add(cls);
                }
            }
            for (JDefinedClass cls : classes) {
                for (JFieldVar field : declared(cls)) {
                    properties++;
                    if (untyped(field.type())) {
                        untyped++;
                    }
                }
            }
        }

        RootKind kind(JType root) {
            if (root instanceof JDefinedClass cls) {
                if (cls.getClassType() == ClassType.ENUM) {
                    return RootKind.ENUM;
                }
                return empty.contains(cls) ? RootKind.EMPTY_CLASS : RootKind.RECORD;
            }
            String raw = root.erasure().fullName();
            if (raw.equals("java.util.List") || raw.equals("java.util.Set")) {
                return RootKind.LIST;
            }
            if (raw.equals("java.util.Map")) {
                return RootKind.MAP;
            }
            return raw.equals("java.lang.Object") ? RootKind.UNTYPED : RootKind.SCALAR;
        }

        /** {@code Object}, a class without properties, or lists and maps of them. */
        private boolean untyped(JType type) {
            if (type instanceof JDefinedClass cls) {
                return empty.contains(cls);
            }
            if (type instanceof JClass cls && !cls.getTypeParameters().isEmpty()) {
                List<JClass> parameters = cls.getTypeParameters();
                return untyped(parameters.get(parameters.size() - 1));
            }
            return type.fullName().equals("java.lang.Object");
        }

        /** The fields jsonschema2pojo declares for schema properties: the ones it annotates with @JsonProperty. */
        private static List<JFieldVar> declared(JDefinedClass cls) {
            return cls.fields().values().stream()
                    .filter(field -> field.annotations().stream()
                            .anyMatch(a -> a.getAnnotationClass().fullName().equals(JSON_PROPERTY)))
                    .toList();
        }

        private static void collect(Iterator<JDefinedClass> classes, List<JDefinedClass> into) {
            while (classes.hasNext()) {
                JDefinedClass cls = classes.next();
                into.add(cls);
                collect(cls.classes(), into);
            }
        }
    }

    /** Reads mapped absolute URIs from the case's folder and refuses the network. */
    private static final class MappedContentResolver extends ContentResolver {
        private final UriMappings mappings;
        private final Path folder;

        MappedContentResolver(UriMappings mappings, Path folder) {
            this.mappings = mappings;
            this.folder = folder;
        }

        @Override
        public JsonNode resolve(URI uri) {
            String mapped = mappings.map(uri.toString());
            if (mapped != null) {
                return super.resolve(folder.resolve(mapped).toUri());
            }
            if ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) {
                throw new IllegalArgumentException("no network in a corpus run, and no --map-uri prefix for " + uri);
            }
            return super.resolve(uri);
        }
    }

    /** What jsonschema2pojo logs as warnings and errors: its counterpart of webhookgen's warning lines. */
    private static final class Log extends AbstractRuleLogger {
        final List<String> lines = new ArrayList<>();

        Map<String, Integer> codes() {
            Map<String, Integer> codes = new TreeMap<>();
            lines.forEach(line -> codes.merge(line.substring(0, line.indexOf(':')), 1, Integer::sum));
            return codes;
        }

        Map<String, Integer> shapes() {
            Map<String, Integer> shapes = new TreeMap<>();
            lines.forEach(line -> shapes.merge(MessageShapes.of(line), 1, Integer::sum));
            return shapes;
        }

        @Override
        protected void doWarn(String message, Throwable e) {
            lines.add("warning: " + message);
        }

        @Override
        protected void doError(String message, Throwable e) {
            lines.add("error: " + message);
        }

        @Override
        protected void doDebug(String message) {
            // not a finding
        }

        @Override
        protected void doInfo(String message) {
            // not a finding
        }

        @Override
        protected void doTrace(String message) {
            // not a finding
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        public boolean isInfoEnabled() {
            return false;
        }

        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }
    }

    /** The configuration of the benchmarks module's jsonschema2pojo plugin, as a {@code GenerationConfig}. */
    private static final class Config extends DefaultGenerationConfig {

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

        @Override
        public File getTargetDirectory() {
            return new File("unused-everything-stays-in-memory");
        }
    }
}
