package io.github.webhookgen.maven;

import io.github.webhookgen.core.GenerationResult;
import io.github.webhookgen.core.Generator;
import io.github.webhookgen.core.GeneratorConfig;
import io.github.webhookgen.core.JacksonLine;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.diagnostics.GenerationFailedException;
import io.github.webhookgen.core.diagnostics.Report;
import io.github.webhookgen.core.lower.DispatchRoot;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.eclipse.aether.RepositorySystem;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * Generates Java 17 sources from the JSON Schemas of an archive: a record per object, a sealed interface per union, an
 * enum per string enum and, when the archive has a dispatch root, a {@code WebhookVisitor} with the entry points
 * {@code Webhooks.parse} and {@code Webhooks.dispatch}. The sources are added to the compile source roots. When the
 * schemas and parameters are unchanged, no file is touched; otherwise only the files that change are rewritten.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class GenerateMojo extends ArchiveMojo {

    /**
     * The Java package of the generated types, for example {@code com.example.webhooks}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "webhookgen.packageName", required = true)
    private String packageName;

    /**
     * Where the generated sources go. The plugin owns the files it generated there (listed in
     * {@code .webhookgen-manifest}) and leaves any other file alone.
     *
     * @since 0.1.0
     */
    @Parameter(property = "webhookgen.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/webhookgen")
    private File outputDirectory;

    /**
     * Glob patterns of archive paths not to read, relative to the archive's root, for example {@code _old/**}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "webhookgen.excludes")
    private List<String> excludes;

    /**
     * Whether a {@code $ref} that cannot be resolved fails the build. With {@code false} it is a warning and the value
     * is typed as {@code JsonNode}: for vendor archives with broken references you cannot fix.
     *
     * @since 0.1.0
     */
    @Parameter(property = "webhookgen.strict", defaultValue = "true")
    private boolean strict;

    /**
     * The Jackson line the generated code binds with: {@code 2} ({@code com.fasterxml.jackson}), {@code 3}
     * ({@code tools.jackson}, what Spring Boot 4 uses), or {@code auto}: 3 when the project's compile dependencies
     * include {@code tools.jackson.core:jackson-databind}, 2 when they include
     * {@code com.fasterxml.jackson.core:jackson-databind}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "webhookgen.jackson", defaultValue = "auto")
    private String jackson;

    /**
     * URI prefixes mapped to archive folders, for archives whose files refer to each other by the URLs they are
     * published at. A file in a mapped folder is known by the mapped URL (its retrieval URI), so that both a
     * {@code $ref} and an {@code $id} written with that URL name it: with {@code https://schemas.example.com/v1/}
     * mapped to {@code schemas/}, {@code "$ref": "https://schemas.example.com/v1/common/Id.json"} reads
     * {@code schemas/common/Id.json}. Given as properties, since a URL cannot be an XML element name:
     *
     * <pre>
     * &lt;uriMappings&gt;
     *   &lt;property&gt;
     *     &lt;name&gt;https://schemas.example.com/v1/&lt;/name&gt;
     *     &lt;value&gt;schemas/&lt;/value&gt;
     *   &lt;/property&gt;
     * &lt;/uriMappings&gt;
     * </pre>
     *
     * @since 0.1.0
     */
    @Parameter
    private Properties uriMappings;

    /**
     * Lists every occurrence of each warning. By default a warning repeated in one file (the same keyword ignored,
     * the same reference broken) is printed once, at its first place, with the number of times.
     *
     * @since 0.1.0
     */
    @Parameter(property = "webhookgen.verbose", defaultValue = "false")
    private boolean verbose;

    /** How a user asks for every occurrence of a warning, as the closing line of a folded report says it. */
    private static final String VERBOSE_OPTION = "-Dwebhookgen.verbose";

    /**
     * Names a type after its schema's {@code title} when the type would otherwise be named after its position, such
     * as {@code OrderObject} for the object branch of a {@code oneOf} beside a string, or {@code OrderItem}:
     * {@code "title": "Card payment"} names it {@code CardPayment}. A title that is a sentence (more than five words,
     * or punctuation) or that another type's name takes is not used. Types named after a file, a definition, a
     * property or a discriminator value keep their names. Off by default, since turning it on renames types that code
     * may already use. jsonschema2pojo's {@code useTitleAsClassname} is the nearest equivalent there.
     *
     * @since 0.1.0
     */
    @Parameter(property = "webhookgen.useTitleAsTypeName", defaultValue = "false")
    private boolean useTitleAsTypeName;

    /**
     * Skips generation.
     *
     * @since 0.1.0
     */
    @Parameter(property = "webhookgen.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Where the messages start, for the generated {@code WebhookVisitor}: the archive path of a schema document whose
     * schema is a {@code oneOf} or {@code anyOf} of kinds of message told apart by a discriminator property, optionally
     * followed by {@code #} and a JSON pointer to such a subschema; for example {@code events/Message.json} or
     * {@code api.json#/definitions/Message}. The visitor gets a method per kind of message and one for kinds the
     * archive does not declare. Default: LivePerson's {@code webhooks/WsNotificationMsg.json} with {@code changesPath}
     * {@code body.changes}, when the archive has it; otherwise no visitor is generated, only the types.
     *
     * @since 0.1.0
     */
    @Parameter(property = "webhookgen.dispatchRoot")
    private String dispatchRoot;

    /**
     * The JSON property names, separated by dots, from a message to its list of changes, for example
     * {@code body.changes}: the visitor is then called once per change, with a method per kind of event when a change
     * is, or holds, a discriminated union of events. A kind of message without changes there is called once as a
     * whole.
     * Without a changes path, the visitor is called once per message. Needs {@code dispatchRoot}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "webhookgen.changesPath")
    private String changesPath;

    private final BuildContext buildContext;

    @Inject
    public GenerateMojo(RepositorySystem repositorySystem, BuildContext buildContext) {
        super(repositorySystem);
        this.buildContext = buildContext;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("webhookgen: skipped");
            return;
        }
        ArchiveSource source = source();
        if (archive != null && buildContext.isIncremental() && !buildContext.hasDelta(archive)
                && outputDirectory.isDirectory()) {
            getLog().debug("webhookgen: no schema changed in this incremental build");
            project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
            return;
        }
        GeneratorConfig config = GeneratorConfig.of(source, packageName, outputDirectory.toPath())
                .withExcludes(excludes == null ? List.of() : excludes)
                .withStrict(strict)
                .withJackson(jacksonLine())
                .withDispatchRoot(DispatchRoot.of(dispatchRoot, changesPath))
                .withUriMappings(mappings())
                .withUseTitleAsTypeName(useTitleAsTypeName);
        String root = source.fileRoot();
        try {
            GenerationResult result = new Generator().run(config);
            Report report = Report.of(result.warnings(), verbose);
            log(report, root);
            result.notes().forEach(note -> getLog().info(note));
            getLog().info(result.summary());
            if (!report.summary(VERBOSE_OPTION).isEmpty()) {
                getLog().warn(report.summary(VERBOSE_OPTION));
            }
            if (!result.upToDate()) {
                buildContext.refresh(outputDirectory);
            }
        } catch (GenerationFailedException e) {
            Report report = Report.of(e.problems(), verbose);
            log(report, root);
            if (!report.summary(VERBOSE_OPTION).isEmpty()) {
                getLog().warn(report.summary(VERBOSE_OPTION));
            }
            throw new MojoFailureException(e.summary());
        }
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    }

    private JacksonLine jacksonLine() throws MojoFailureException {
        if (!"auto".equals(jackson.strip().toLowerCase(Locale.ROOT))) {
            try {
                return JacksonLine.of(jackson);
            } catch (IllegalArgumentException e) {
                throw new MojoFailureException("webhookgen: jackson \"" + jackson + "\" is not 2, 3 or auto");
            }
        }
        Set<String> dependencies = project.getArtifacts().stream()
                .map(artifact -> artifact.getGroupId() + ":" + artifact.getArtifactId())
                .collect(Collectors.toSet());
        JacksonLine line = JacksonLine.of(dependencies).orElseThrow(() -> new MojoFailureException("webhookgen: the "
                + "generated code needs Jackson, and the project depends on neither " + JacksonLine.JACKSON_3.databind()
                + " (Jackson 3, Spring Boot 4) nor " + JacksonLine.JACKSON_2.databind() + " (Jackson 2); add one of "
                + "them, or set <jackson>2</jackson> or <jackson>3</jackson>"));
        getLog().info("webhookgen: generating for Jackson " + line.number() + ", since the project depends on "
                + line.databind());
        return line;
    }

    private void log(Report report, String root) {
        for (Report.Line line : report.lines()) {
            if (line.isError()) {
                getLog().error(line.under(root).toString());
            } else {
                getLog().warn(line.under(root).toString());
            }
        }
    }

    private Map<String, String> mappings() {
        Map<String, String> mappings = new TreeMap<>();
        if (uriMappings != null) {
            uriMappings.stringPropertyNames().forEach(prefix -> mappings.put(prefix, uriMappings.getProperty(prefix)));
        }
        return mappings;
    }
}
