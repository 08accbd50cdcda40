package io.github.webhookgen.maven;

import io.github.webhookgen.core.GenerationResult;
import io.github.webhookgen.core.Generator;
import io.github.webhookgen.core.GeneratorConfig;
import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.diagnostics.GenerationFailedException;
import io.github.webhookgen.core.diagnostics.Problem;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java records, sealed unions, enums and a dispatching visitor from a JSON Schema archive, and adds them to
 * the compile source roots. Translates its parameters into a {@link GeneratorConfig} and makes one call.
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
     * Skips generation.
     *
     * @since 0.1.0
     */
    @Parameter(property = "webhookgen.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("webhookgen: skipped");
            return;
        }
        ArchiveSource source = archive == null ? BundledArchive.locate() : ArchiveSource.of(archive.toPath());
        GeneratorConfig config = GeneratorConfig.of(source, packageName, outputDirectory.toPath());
        try {
            GenerationResult result = new Generator().run(config);
            result.warnings().forEach(warning -> getLog().warn(warning.toString()));
            getLog().info(result.summary());
        } catch (GenerationFailedException e) {
            for (Problem problem : e.problems()) {
                if (problem.isError()) {
                    getLog().error(problem.toString());
                } else {
                    getLog().warn(problem.toString());
                }
            }
            long errors = e.problems().stream().filter(Problem::isError).count();
            throw new MojoFailureException("webhookgen: " + errors + " error(s) in " + source.describe()
                    + "; nothing was generated (see the messages above)");
        }
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    }
}
