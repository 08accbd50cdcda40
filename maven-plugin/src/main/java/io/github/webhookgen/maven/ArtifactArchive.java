package io.github.webhookgen.maven;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/** Resolves an archive given as Maven coordinates through the build's repository system. */
final class ArtifactArchive {

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    ArtifactArchive(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = repositories;
    }

    Path resolve(String coordinates) throws MojoFailureException {
        DefaultArtifact artifact;
        try {
            artifact = new DefaultArtifact(coordinates.strip());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("webhookgen: archiveArtifact \"" + coordinates + "\" is not "
                    + "groupId:artifactId:version[:extension[:classifier]] (" + e.getMessage() + ")");
        }
        try {
            return system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null))
                    .getArtifact().getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new MojoFailureException("webhookgen: cannot resolve archiveArtifact " + coordinates + ": "
                    + e.getMessage());
        }
    }
}
