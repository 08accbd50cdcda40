package io.github.webhookgen.maven;

import io.github.webhookgen.core.archive.ArchiveSource;
import io.github.webhookgen.core.archive.BundledArchive;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * The parameters that say where the schema archive is, shared by the goals that read it ({@code generate} and
 * {@code verify-examples}), so that one {@code <configuration>} at the plugin level serves both.
 */
abstract class ArchiveMojo extends AbstractMojo {

    /**
     * The schema archive: a directory or a {@code .zip}, such as LivePerson's {@code json_schemas.zip}
     * ({@code webhooks/} and {@code webhooks_examples/}). JSON files in folders named {@code *_examples} are not
     * schemas: {@code generate} does not read them and {@code verify-examples} checks them. When every schema document
     * lies inside one top folder that holds none itself (a zip of the archive's folder rather than of its content),
     * that folder is read as the archive's root. Default: the LivePerson webhook archive bundled with this plugin.
     *
     * @since 0.1.0
     */
    @Parameter(property = "webhookgen.archive")
    File archive;

    /**
     * The schema archive as a Maven artifact, {@code groupId:artifactId:version[:extension[:classifier]]}, resolved
     * from the project's repositories; used when {@code archive} is not set. For example the LivePerson archive of this
     * plugin's release: {@value ThisRelease#ARCHIVE_ARTIFACT}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "webhookgen.archiveArtifact")
    String archiveArtifact;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    private RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true, required = true)
    private List<RemoteRepository> remoteRepositories;

    private final RepositorySystem repositorySystem;

    ArchiveMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    /** The archive: {@code archive}, else {@code archiveArtifact}, else the bundled one. */
    ArchiveSource source() throws MojoFailureException {
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
