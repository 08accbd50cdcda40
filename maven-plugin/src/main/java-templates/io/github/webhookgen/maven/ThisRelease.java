package io.github.webhookgen.maven;

/**
 * The coordinates of this release, filled in by the build from the project's version (this file is a template under
 * {@code src/main/java-templates}). Parameter descriptions show them with {@code {@value}}, so that
 * {@code webhookgen:help} names a version that exists.
 */
final class ThisRelease {

    /** The LivePerson archive of this release, as {@code archiveArtifact} takes it. */
    static final String ARCHIVE_ARTIFACT = "${project.groupId}:webhookgen-lp-schemas:${project.version}:zip:archive";

    private ThisRelease() {}
}
