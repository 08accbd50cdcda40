package io.github.webhookgen.maven;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
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
        Artifact artifact = parse(coordinates);
        try {
            return system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null))
                    .getArtifact().getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new MojoFailureException("webhookgen: cannot resolve archiveArtifact " + coordinates + ": "
                    + e.getMessage() + " (the LivePerson archive of this plugin's release is "
                    + ThisRelease.ARCHIVE_ARTIFACT + ")");
        }
    }

    /**
     * Reads {@code groupId:artifactId:version[:extension[:classifier]]}, the order of {@code dependency:get}. Not
     * {@code new DefaultArtifact(String)}: that one wants the version last, and would read
     * {@code g:a:0.1.0:zip:archive} as version {@code archive} of extension {@code 0.1.0}.
     */
    static Artifact parse(String coordinates) throws MojoFailureException {
        String[] parts = coordinates.strip().split(":", -1);
        if (parts.length < 3 || parts.length > 5 || Arrays.stream(parts).anyMatch(String::isBlank)) {
            throw new MojoFailureException("webhookgen: archiveArtifact \"" + coordinates + "\" is not "
                    + "groupId:artifactId:version[:extension[:classifier]]");
        }
        String extension = parts.length > 3 ? parts[3] : "jar";
        String classifier = parts.length > 4 ? parts[4] : "";
        return new DefaultArtifact(parts[0], parts[1], classifier, extension, parts[2]);
    }
}
