package io.github.webhookgen.maven;

import io.github.webhookgen.core.diagnostics.Problem;
import io.github.webhookgen.core.examples.ExampleCheck;
import io.github.webhookgen.core.examples.ExampleCheckConfig;
import io.github.webhookgen.core.examples.ExampleReport;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.eclipse.aether.RepositorySystem;

/**
 * Proves the archive's examples against the generated classes, compiled: every {@code .json} file in the archive's
 * {@code *_examples/} folders and in {@code exampleDirectories} is read into the generated root type with a plain
 * mapper of the project's Jackson, written back and compared with the original, parsed by the generated
 * {@code Webhooks.parse} and dispatched to the generated visitor. Any loss fails the build, naming the file, the JSON
 * pointer and the values before and after. The check runs in a class loader of the project's compile and runtime
 * classpath (the project's Jackson, not the plugin's). It runs after the project's classes are compiled
 * ({@code process-classes}), so {@code mvn test} and {@code mvn verify} check the archive before the project's own
 * tests.
 */
@Mojo(name = "verify-examples", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class VerifyExamplesMojo extends ArchiveMojo {

    /**
     * More folders of examples, besides the archive's {@code *_examples/} folders: every {@code .json} file in them, at
     * any depth, is checked the same way; for example payloads captured from production.
     *
     * @since 0.2.0
     */
    @Parameter(property = "webhookgen.exampleDirectories")
    private List<File> exampleDirectories;

    /**
     * Glob patterns of paths not to read, inside the archive and inside each of {@code exampleDirectories}, for
     * example {@code webhooks_examples/known-broken-*.json}. The same parameter as {@code generate}'s.
     *
     * @since 0.2.0
     */
    @Parameter(property = "webhookgen.excludes")
    private List<String> excludes;

    /**
     * Where {@code generate} wrote the sources: its {@code .webhookgen-manifest} names the generated root type,
     * visitor and dispatcher to check. The same parameter as {@code generate}'s.
     *
     * @since 0.2.0
     */
    @Parameter(property = "webhookgen.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/webhookgen")
    private File outputDirectory;

    /**
     * Where the report goes: JSON with, per example, the type it was read into, the visitor methods called and the
     * problems found.
     *
     * @since 0.2.0
     */
    @Parameter(property = "webhookgen.verifyExamples.reportFile",
            defaultValue = "${project.build.directory}/webhookgen/examples-report.json")
    private File reportFile;

    /**
     * Skips the check.
     *
     * @since 0.2.0
     */
    @Parameter(property = "webhookgen.verifyExamples.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Skips the check, with the project's tests ({@code -DskipTests}).
     *
     * @since 0.2.0
     */
    @Parameter(property = "skipTests", defaultValue = "false")
    private boolean skipTests;

    /**
     * Skips the check, with the compilation and run of the project's tests ({@code -Dmaven.test.skip}).
     *
     * @since 0.2.0
     */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean skipTestCompilation;

    @Inject
    public VerifyExamplesMojo(RepositorySystem repositorySystem) {
        super(repositorySystem);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipTests || skipTestCompilation) {
            getLog().info("webhookgen: examples check skipped");
            return;
        }
        ExampleCheckConfig config = ExampleCheckConfig.of(source(), outputDirectory.toPath())
                .withDirectories(exampleDirectories == null ? List.of()
                        : exampleDirectories.stream().map(File::toPath).toList())
                .withExcludes(excludes == null ? List.of() : excludes);
        ExampleReport report;
        try (URLClassLoader classes = projectClasses()) {
            report = new ExampleCheck().run(config, classes);
        } catch (IOException e) {
            throw new MojoExecutionException("webhookgen: cannot close the class loader of the project's classes", e);
        }
        for (Problem problem : report.problems()) {
            if (problem.isError()) {
                getLog().error(problem.toString());
            } else {
                getLog().warn(problem.toString());
            }
        }
        try {
            report.write(reportFile.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("webhookgen: cannot write the report " + reportFile + ": " + e, e);
        }
        getLog().info(report.summary() + (report.hasExamples() ? " -> " + reportFile : ""));
        if (report.hasErrors()) {
            throw new MojoFailureException(report.failureSummary());
        }
    }

    /** The project's compile and runtime classpath, over the platform's classes only: nothing of the plugin's. */
    private URLClassLoader projectClasses() throws MojoExecutionException {
        Set<String> elements = new LinkedHashSet<>();
        try {
            elements.addAll(project.getCompileClasspathElements());
            elements.addAll(project.getRuntimeClasspathElements());
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("webhookgen: the project's dependencies are not resolved", e);
        }
        List<URL> urls = new ArrayList<>();
        try {
            for (String element : elements) {
                urls.add(Path.of(element).toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new MojoExecutionException("webhookgen: a classpath element is not a file: " + e.getMessage(), e);
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }
}
