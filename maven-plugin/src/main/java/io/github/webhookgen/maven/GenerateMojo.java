package io.github.webhookgen.maven;

import io.github.webhookgen.core.GenerationResult;
import io.github.webhookgen.core.Generator;
import io.github.webhookgen.core.GeneratorConfig;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.diagnostics.GenerationFailedException;
import io.github.webhookgen.core.diagnostics.Problem;
import java.io.File;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * Generates Java records, sealed unions, enums and a dispatching visitor from a JSON Schema archive, and adds them to
 * the compile source roots. Translates its parameters into a {@link GeneratorConfig} and makes one call; whether the
 * sources are up to date is decided by the generator.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
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
     * Skips generation.
     *
     * @since 0.1.0
     */
    @Parameter(property = "webhookgen.skip", defaultValue = "false")
    private boolean skip;

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
                .withStrict(strict);
        String root = source.fileRoot();
        try {
            GenerationResult result = new Generator().run(config);
            result.warnings().forEach(warning -> getLog().warn(warning.under(root).toString()));
            getLog().info(result.summary());
            if (!result.upToDate()) {
                buildContext.refresh(outputDirectory);
            }
        } catch (GenerationFailedException e) {
            for (Problem problem : e.problems()) {
                if (problem.isError()) {
                    getLog().error(problem.under(root).toString());
                } else {
                    getLog().warn(problem.under(root).toString());
                }
            }
            throw new MojoFailureException(e.summary());
        }
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    }
}
