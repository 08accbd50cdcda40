package io.github.webhookgen.maven;

import io.github.webhookgen.core.diagnostics.Problem;
import io.github.webhookgen.core.examples.ExampleCheck;
import io.github.webhookgen.core.examples.ExampleCheckConfig;
import io.github.webhookgen.core.examples.ExampleReport;
import io.github.webhookgen.core.lower.DispatchRoot;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
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
 * pointer and the values before and after. Each example is also validated against the archive's schemas by an
 * independent validator (networknt's json-schema-validator): a value the schemas do not allow, which the generated code
 * keeps, is a warning, or with {@code strict} an error. The check runs in a class loader of the project's compile and
 * runtime classpath (the project's Jackson, not the plugin's). It runs after the project's classes are compiled
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
     * @since 0.1.0
     */
    @Parameter(property = "webhookgen.exampleDirectories")
    private List<File> exampleDirectories;

    /**
     * Glob patterns of paths not to read, inside the archive and inside each of {@code exampleDirectories}, for
     * example {@code webhooks_examples/known-broken-*.json}. The same parameter as {@code generate}'s.
     *
     * @since 0.1.0
     */
    @Parameter(property = "webhookgen.excludes")
    private List<String> excludes;

    /**
     * Where {@code generate} wrote the sources: its {@code .webhookgen-manifest} names the generated root type,
     * visitor and dispatcher to check. The same parameter as {@code generate}'s.
     *
     * @since 0.1.0
     */
    @Parameter(property = "webhookgen.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/webhookgen")
    private File outputDirectory;

    /**
     * Whether an example with a value the archive's schemas do not allow fails the build: an enum value they do not
     * list, an unknown discriminator value, a missing required property. Such values are kept by the generated code,
     * so by default they are warnings; with {@code true} they are errors, and so is an archive the validator cannot
     * load. The same property as {@code generate}'s {@code strict}, whose default is {@code true}: this goal's is
     * {@code false}, since vendor archives ship examples that deviate from their schemas on purpose. Set it at the
     * plugin level to {@code false} to make both goals lenient; {@code -Dwebhookgen.strict=true} makes both strict.
     *
     * @since 0.1.0
     */
    @Parameter(property = "webhookgen.strict", defaultValue = "false")
    private boolean strict;

    /**
     * The schema the examples are validated against: {@code generate}'s {@code dispatchRoot}, an archive path with an
     * optional {@code #} and JSON pointer. Default: LivePerson's {@code webhooks/WsNotificationMsg.json} when the
     * archive has it. Set it at the plugin level, where {@code generate} sees it too.
     *
     * @since 0.1.0
     */
    @Parameter(property = "webhookgen.dispatchRoot")
    private String dispatchRoot;

    /**
     * URI prefixes mapped to archive folders, as {@code generate}'s {@code uriMappings}, so that the validator follows
     * references written with the URLs the files are published at, as the generator does. Set it at the plugin level,
     * where {@code generate} sees it too.
     *
     * @since 0.1.0
     */
    @Parameter
    private Properties uriMappings;

    /**
     * Where the report goes: JSON with, per example, the type it was read into, the visitor methods called, the values
     * the schemas do not allow and the problems found.
     *
     * @since 0.1.0
     */
    @Parameter(property = "webhookgen.verifyExamples.reportFile",
            defaultValue = "${project.build.directory}/webhookgen/examples-report.json")
    private File reportFile;

    /**
     * Skips the check.
     *
     * @since 0.1.0
     */
    @Parameter(property = "webhookgen.verifyExamples.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Skips the check, with the project's tests ({@code -DskipTests}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "skipTests", defaultValue = "false")
    private boolean skipTests;

    /**
     * Skips the check, with the compilation and run of the project's tests ({@code -Dmaven.test.skip}).
     *
     * @since 0.1.0
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
                .withExcludes(excludes == null ? List.of() : excludes)
                .withDispatchRoot(DispatchRoot.of(dispatchRoot, null))
                .withUriMappings(mappings())
                .withStrict(strict);
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

    private Map<String, String> mappings() {
        Map<String, String> mappings = new TreeMap<>();
        if (uriMappings != null) {
            uriMappings.stringPropertyNames().forEach(prefix -> mappings.put(prefix, uriMappings.getProperty(prefix)));
        }
        return mappings;
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
