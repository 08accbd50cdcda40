def log = new File(basedir, 'build.log').text
assert log.contains('webhookgen:generate')
['archive', 'archiveArtifact', 'packageName', 'outputDirectory', 'excludes', 'strict', 'skip'].each {
    assert log =~ /(?m)^\s+$it\b/ : "parameter $it is not described"
}
assert log.contains('User property: webhookgen.archiveArtifact')
true
