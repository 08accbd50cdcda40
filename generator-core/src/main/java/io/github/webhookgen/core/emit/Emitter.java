package io.github.webhookgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.webhookgen.core.JacksonLine;
import io.github.webhookgen.core.lower.DispatchRoot;
import io.github.webhookgen.core.model.Dispatch;
import io.github.webhookgen.core.model.TypeDecl;
import io.github.webhookgen.core.model.TypeDecl.EnumDecl;
import io.github.webhookgen.core.model.TypeDecl.RecordDecl;
import io.github.webhookgen.core.model.TypeDecl.TupleDecl;
import io.github.webhookgen.core.model.TypeDecl.UnionDecl;
import io.github.webhookgen.core.model.TypeModel;
import io.github.webhookgen.core.model.TypeRef;
import io.github.webhookgen.core.naming.Names;
import io.github.webhookgen.core.schema.SchemaRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Fifth stage: prints the named model as Java source files with JavaPoet. Each record and union gets two files: the
 * type a user reads (its components, javadoc and the annotations that bind it) and, beside it, the package-private
 * codec that reads and writes its JSON. The support class {@code Json} is copied from the generator's resources, and
 * so is {@code WebhookSignature} beside the dispatcher of LivePerson's layout.
 */
public final class Emitter {

    private final String packageName;
    private final Names names;
    private final TypeModel model;
    private final JavaTypes types;
    private final Codecs codecs;
    private final Coders coders;

    public Emitter(String packageName, JacksonLine jackson, Names names, TypeModel model) {
        this.packageName = packageName;
        this.names = names;
        this.model = model;
        this.types = new JavaTypes(packageName, names, model, JacksonApi.of(jackson));
        this.codecs = new Codecs(types, names);
        this.coders = new Coders(types.jackson);
    }

    /** Every generated source, by path relative to the output directory, in sorted order. */
    public SortedMap<String, String> emit() {
        Map<SchemaRef, List<ClassName>> unions = unionsOfEachBranch();
        Discriminators discriminators = new Discriminators(model);
        RecordEmitter records = new RecordEmitter(types, codecs, coders, names, discriminators);
        UnionEmitter unionEmitter = new UnionEmitter(types, codecs, coders, names, discriminators);
        EnumEmitter enums = new EnumEmitter(types, names);
        TupleEmitter tuples = new TupleEmitter(types, codecs, coders, names);
        List<Supplier<Map.Entry<String, String>>> files = new ArrayList<>();
        Map<SchemaRef, Supplier<Map.Entry<String, String>>> enumFiles = new TreeMap<>();
        model.types().forEach((id, decl) -> {
            String origin = "from " + (id.pointer().isEmpty() ? id.file() : id.toString());
            List<TypeName> parents = new ArrayList<>(unions.getOrDefault(id, List.of()));
            model.interfaces(id).stream().filter(type -> !parents.contains(type)).forEach(parents::add);
            if (decl instanceof RecordDecl record) {
                files.add(() -> print(records.emit(record, parents), origin));
                files.add(() -> print(records.codec(record), origin));
            } else if (decl instanceof UnionDecl union) {
                files.add(() -> print(unionEmitter.emit(union, parents), origin));
                files.add(() -> print(unionEmitter.codec(union), origin));
            } else if (decl instanceof TupleDecl tuple) {
                files.add(() -> print(tuples.emit(tuple, parents), origin));
                files.add(() -> print(tuples.codec(tuple), origin));
            } else {
                enumFiles.put(id, () -> print(enums.emit((EnumDecl) decl, parents), origin));
            }
        });
        model.dispatch().filter(d -> DispatchEmitter.applies(model, d)).ifPresent(dispatch -> {
            new DispatchEmitter(types, names, model, dispatch).emit().forEach(spec ->
                    files.add(() -> print(spec, "from the notifications of " + dispatch.root().file())));
            if (isLivePerson(dispatch)) {
                files.add(() -> Map.entry(path(names.support().signature()), SupportFiles.copy(
                        SupportFiles.LIVEPERSON_SIGNATURE, packageName, "Copied by webhookgen as the check of "
                                + "LivePerson's x-liveperson-signature header.\n// Do not edit: it is the same for "
                                + "every schema.")));
            }
        });
        files.add(() -> Map.entry(path(names.support().json()), SupportFiles.copy(types.jackson.supportResource,
                packageName, "Copied by webhookgen as the JSON support of this package (Jackson "
                        + types.jackson.line.number() + ").\n// Do not edit: it is the same for every schema.")));
        // Printing dominates generation and each file is independent of the others: print them in parallel. The enums
        // come last: one that no printed type refers to is left out.
        SortedMap<String, String> sources = new TreeMap<>(files.parallelStream().map(Supplier::get)
                .collect(Collectors.toConcurrentMap(Map.Entry::getKey, Map.Entry::getValue)));
        enumFiles.forEach((id, file) -> {
            if (types.inUse(id)) {
                Map.Entry<String, String> printed = file.get();
                sources.put(printed.getKey(), printed.getValue());
            }
        });
        return sources;
    }

    /** Whether notifications start where LivePerson's archive has them: then they come signed as LivePerson signs. */
    private static boolean isLivePerson(Dispatch dispatch) {
        DispatchRoot livePerson = DispatchRoot.LIVEPERSON;
        return dispatch.root().file().equals(livePerson.document()) && dispatch.root().pointer().isEmpty()
                && dispatch.routes().stream().allMatch(route -> route.path().equals(livePerson.changesPath()));
    }

    /** The path of a top-level type's source file, relative to the output directory. */
    private String path(String simpleName) {
        return packageName.replace('.', '/') + (packageName.isEmpty() ? "" : "/") + simpleName + ".java";
    }

    /** The path of a type's source file, relative to the output directory, and its text. */
    private Map.Entry<String, String> print(TypeSpec spec, String origin) {
        JavaFile file = JavaFile.builder(packageName, spec)
                .addFileComment("Generated by webhookgen $L.\nDo not edit: change the schema and rebuild.", origin)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
        return Map.entry(path(spec.name()), wrapPermits(file.toString()));
    }

    /** The longest line a generated file should have, as a person would wrap it. */
    static final int LINE_WIDTH = 120;

    /**
     * JavaPoet prints a sealed type's {@code permits} clause on one line, however long; a line past
     * {@value #LINE_WIDTH} characters is wrapped before {@code permits} and between permitted types.
     */
    static String wrapPermits(String source) {
        StringBuilder out = new StringBuilder(source.length() + 64);
        for (String line : source.split("\n", -1)) {
            int permits = line.indexOf(" permits ");
            if (line.length() <= LINE_WIDTH || permits < 0 || !line.endsWith(" {")) {
                out.append(line).append('\n');
                continue;
            }
            String indent = line.substring(0, line.length() - line.stripLeading().length()) + "        ";
            out.append(line, 0, permits).append('\n').append(indent).append("permits");
            String[] types = line.substring(permits + " permits ".length(), line.length() - " {".length())
                    .split(", ");
            int lineStart = out.lastIndexOf("\n") + 1;
            for (int i = 0; i < types.length; i++) {
                String item = types[i] + (i < types.length - 1 ? "," : " {");
                if (out.length() - lineStart + 1 + item.length() > LINE_WIDTH) {
                    out.append('\n').append(indent).append("        ");
                    lineStart = out.length() - indent.length() - 8;
                } else {
                    out.append(' ');
                }
                out.append(item);
            }
            out.append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** For each record or union, the unions that list it as a branch: the interfaces it implements or extends. */
    private Map<SchemaRef, List<ClassName>> unionsOfEachBranch() {
        Map<SchemaRef, List<ClassName>> parents = new HashMap<>();
        for (TypeDecl decl : model.types().values()) {
            if (decl instanceof UnionDecl union) {
                for (TypeDecl.Branch branch : union.objectBranches()) {
                    if (branch.type() instanceof TypeRef.Named named) {
                        List<ClassName> list = parents.computeIfAbsent(named.id(), k -> new ArrayList<>());
                        ClassName parent = types.className(union.id());
                        if (!list.contains(parent)) {
                            list.add(parent);
                        }
                    }
                }
            }
        }
        parents.values().forEach(list -> list.sort(java.util.Comparator.comparing(ClassName::simpleName)));
        return parents;
    }
}
