package io.github.webhookgen.corpus;

import io.github.webhookgen.core.archive.Archive;
import io.github.webhookgen.core.diagnostics.GenerationFailedException;
import io.github.webhookgen.core.diagnostics.Problem;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.emit.Emitter;
import io.github.webhookgen.core.lower.DispatchRoot;
import io.github.webhookgen.core.lower.Lowering;
import io.github.webhookgen.core.model.TypeDecl;
import io.github.webhookgen.core.model.TypeModel;
import io.github.webhookgen.core.model.TypeRef;
import io.github.webhookgen.core.naming.Names;
import io.github.webhookgen.core.naming.Naming;
import io.github.webhookgen.core.schema.SchemaParser;
import io.github.webhookgen.core.schema.SchemaRef;
import io.github.webhookgen.core.schema.SchemaSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * webhookgen in-process on one case: the stages of {@code Generator.generate} (parse, lower, name, emit) with
 * {@code strict} off, so that a {@code $ref} that cannot be resolved is a warning and the value is typed
 * {@code JsonNode}. The stages are called one by one to keep the type model and the root's type, from which the
 * figures are counted. The dispatch root is the case's root document with no path to changes: a schema collection has
 * no notifications to dispatch, so no visitor is generated.
 */
final class WebhookgenRun {

    /** The package of the generated types. */
    static final String PACKAGE = "corpus.generated";

    private final JacksonLine line;

    WebhookgenRun(JacksonLine line) {
        this.line = line;
    }

    GeneratedCode generate(CorpusCase corpusCase, SortedMap<String, byte[]> documents) {
        long start = System.nanoTime();
        Problems problems = new Problems();
        try {
            SchemaSet schemas = new SchemaParser().parse(Archive.of(corpusCase.name(), documents), problems);
            problems.stopIfErrors();
            Lowering lowering = new Lowering(schemas, problems, false);
            TypeModel model = lowering.lower(new DispatchRoot(corpusCase.root(), List.of()));
            problems.stopIfErrors();
            Names names = new Naming(model).assign();
            Naming.reportCaseClashes(names, schemas::locate, problems);
            problems.stopIfErrors();
            SortedMap<String, String> sources = new Emitter(PACKAGE, names, model).emit();
            SchemaRef rootAt = new SchemaRef(corpusCase.root(), "");
            TypeRef root = lowering.typeOf(rootAt);
            UntypedCauses why = new UntypedCauses(schemas);
            RootKind kind = kind(model, root);
            Generation generation = generation(Outcome.GENERATED, null, problems.all(), sources.size(), kind,
                    javaType(model, names, root), kind.typed() ? null : why.of(rootAt),
                    PropertyCensus.of(model, root, why), start);
            return new GeneratedCode(generation, sources);
        } catch (GenerationFailedException e) {
            return new GeneratedCode(generation(Outcome.ERRORS, null, e.problems(), 0, RootKind.NONE, null, null,
                    PropertyCensus.NONE, start), new TreeMap<>());
        } catch (Throwable e) {
            // A crash of the generator on someone else's schema is what this run is looking for: record it, whatever it is.
            return new GeneratedCode(generation(Outcome.CRASH, Crashes.describe(e), problems.all(), 0, RootKind.NONE,
                    null, null, PropertyCensus.NONE, start), new TreeMap<>());
        }
    }

    private static Generation generation(Outcome outcome, String crash, List<Problem> problems, int sources,
            RootKind rootKind, String rootType, String rootCause, PropertyCensus census, long start) {
        List<Problem> warnings = problems.stream().filter(p -> !p.isError()).toList();
        Map<String, Integer> codes = new TreeMap<>();
        Map<String, Integer> shapes = new TreeMap<>();
        for (Problem warning : warnings) {
            codes.merge(warning.code().name(), 1, Integer::sum);
            shapes.merge(warning.code() + " " + MessageShapes.of(warning.message()), 1, Integer::sum);
        }
        List<String> errors = problems.stream().filter(Problem::isError).map(Problem::toString).toList();
        return new Generation(outcome, crash, errors, warnings.size(), codes, shapes,
                warnings.stream().map(Problem::toString).toList(), sources, rootKind, rootType, rootCause,
                census.properties(), census.untyped(), census.causes(), census.examples(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static RootKind kind(TypeModel model, TypeRef root) {
        if (root instanceof TypeRef.ListOf) {
            return RootKind.LIST;
        }
        if (root instanceof TypeRef.MapOf) {
            return RootKind.MAP;
        }
        if (root instanceof TypeRef.Scalar scalar) {
            return scalar.equals(TypeRef.ANY) ? RootKind.UNTYPED : RootKind.SCALAR;
        }
        TypeDecl decl = model.types().get(((TypeRef.Named) root).id());
        if (decl instanceof TypeDecl.RecordDecl) {
            return RootKind.RECORD;
        }
        if (decl instanceof TypeDecl.UnionDecl) {
            return RootKind.UNION;
        }
        return decl instanceof TypeDecl.EnumDecl ? RootKind.ENUM : RootKind.UNTYPED;
    }

    /** The canonical Java type of a value of {@code type}, as the generated code declares it. */
    private String javaType(TypeModel model, Names names, TypeRef type) {
        if (type instanceof TypeRef.ListOf list) {
            return "java.util.List<" + javaType(model, names, list.element()) + ">";
        }
        if (type instanceof TypeRef.MapOf map) {
            return "java.util.Map<java.lang.String," + javaType(model, names, map.value()) + ">";
        }
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                // A date-time outside a record property has no codec of its own: the generated code keeps it a string.
                case STRING, DATE_TIME -> String.class.getName();
                case INTEGER -> Long.class.getName();
                case NUMBER -> java.math.BigDecimal.class.getName();
                case BOOLEAN -> Boolean.class.getName();
                case ANY -> line.treeType();
            };
        }
        SchemaRef id = ((TypeRef.Named) type).id();
        return model.types().containsKey(id) ? PACKAGE + "." + names.type(id) : line.treeType();
    }
}
