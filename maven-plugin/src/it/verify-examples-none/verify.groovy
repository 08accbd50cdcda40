def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] webhookgen: no examples to check (no .json file in the archive\'s *_examples/ folders ' +
        'or in the example directories)')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/classes/com/example/shop/Customer.class').isFile()

// The help goal describes every parameter of verify-examples.
assert log.contains('webhookgen:verify-examples')
['archive', 'archiveArtifact', 'exampleDirectories', 'excludes', 'outputDirectory', 'reportFile', 'skip',
        'skipTests', 'skipTestCompilation', 'strict', 'dispatchRoot', 'uriMappings'].each {
    assert log =~ /(?m)^\s+$it\b/ : "parameter $it is not described"
}
assert log.contains('User property: webhookgen.verifyExamples.skip')
true
