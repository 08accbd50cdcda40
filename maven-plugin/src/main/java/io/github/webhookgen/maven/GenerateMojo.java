package io.github.webhookgen.maven;

import io.github.webhookgen.core.GenerationResult;
import io.github.webhookgen.core.Generator;
import io.github.webhookgen.core.GeneratorConfig;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.diagnostics.GenerationFailedException;
import io.github.webhookgen.core.diagnostics.Report;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import javax.inject.Inject;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * Generates Java records, sealed unions, enums and a dispatching visitor from a JSON Schema archive, and adds them to
 * the compile source roots. Translates its parameters into a {@link GeneratorConfig} and makes one call; whether the
 * sources are up to date is decided by the generator.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /**
     * The schema archive: a directory or a {@code .zip} with the vendor's layout ({@code webhooks/}, and
     * {@code webhooks_examples/}, which is not read). Default: the LivePerson webhook archive bundled with this plugin.
     *
     * @since 0.1.0
     */
    @Parameter(property = "webhookgen.archive")
    private File archive;

    /**
     * The schema archive as a Maven artifact, {@code groupId:artifactId:version[:extension[:classifier]]}, resolved
     * from the project's repositories; for example the zip of our schemas module,
     * {@code io.github.webhookgen:webhookgen-lp-schemas:0.1.0:zip:archive}. Used when {@code archive} is not set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "webhookgen.archiveArtifact")
    private String archiveArtifact;

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
     * Glob patterns of archive paths not to read, for example {@code _old/**}.
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
     * @since 0.2.0
     */
    @Parameter
    private Properties uriMappings;

    /**
     * Lists every occurrence of each warning. By default a warning repeated in one file (the same keyword ignored,
     * the same reference broken) is printed once, at its first place, with the number of times.
     *
     * @since 0.2.0
     */
    @Parameter(property = "webhookgen.verbose", defaultValue = "false")
    private boolean verbose;

    /**
     * Skips generation.
     *
     * @since 0.1.0
     */
    @Parameter(property = "webhookgen.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    private RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true, required = true)
    private List<RemoteRepository> remoteRepositories;

    private final RepositorySystem repositorySystem;
    private final BuildContext buildContext;

    @Inject
    public GenerateMojo(RepositorySystem repositorySystem, BuildContext buildContext) {
        this.repositorySystem = repositorySystem;
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
                .withUriMappings(mappings());
        String root = source.fileRoot();
        try {
            GenerationResult result = new Generator().run(config);
            Report report = Report.of(result.warnings(), verbose);
            log(report, root);
            getLog().info(result.summary());
            if (!report.summary().isEmpty()) {
                getLog().warn(report.summary());
            }
            if (!result.upToDate()) {
                buildContext.refresh(outputDirectory);
            }
        } catch (GenerationFailedException e) {
            Report report = Report.of(e.problems(), verbose);
            log(report, root);
            if (!report.summary().isEmpty()) {
                getLog().warn(report.summary());
            }
            throw new MojoFailureException(e.summary());
        }
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
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

    private ArchiveSource source() throws MojoFailureException {
        if (archive != null) {
            return ArchiveSource.of(archive.toPath());
        }
        if (archiveArtifact != null && !archiveArtifact.isBlank()) {
            return ArchiveSource.of(new ArtifactArchive(repositorySystem, repositorySession, remoteRepositories)
                    .resolve(archiveArtifact));
        }
        return BundledArchive.locate();
    }
}
