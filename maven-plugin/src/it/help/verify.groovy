def log = new File(basedir, 'build.log').text

// Every parameter of generate is described, with its user property.
assert log.contains('webhookgen:generate')
['archive', 'archiveArtifact', 'packageName', 'outputDirectory', 'excludes', 'strict', 'skip', 'dispatchRoot',
 'changesPath', 'useTitleAsTypeName'].each {
    assert log =~ /(?m)^\s+$it\b/ : "parameter $it is not described"
}
['archiveArtifact', 'dispatchRoot', 'changesPath', 'useTitleAsTypeName'].each {
    assert log.contains("User property: webhookgen.$it") : "no user property for $it"
}

// The example of archiveArtifact names this release, and no description names the generator's internals.
assert log.contains("io.github.webhookgen:webhookgen-lp-schemas:${projectVersion}:zip:archive")
(log =~ /webhookgen-lp-schemas:([^:\s]+):/).each { match, version ->
    assert version == projectVersion : "help names version $version of the archive, not $projectVersion"
}
['GeneratorConfig', 'io.github.webhookgen.core', 'Translates its parameters'].each {
    assert !log.contains(it) : "help names $it"
}

// The fully-qualified form works outside a project and lists every goal; the prefix alone does not.
assert log.contains('This plugin has 3 goals:')
assert log.contains('webhookgen:verify-examples')
assert log.contains("No plugin found for prefix 'webhookgen'")
true
