def log = new File(basedir, 'build.log').text
def dir = basedir.canonicalPath
assert log.contains("[ERROR] $dir/no-such-archive.zip: error: [ARCHIVE_UNREADABLE] cannot read the archive: no such file")
assert log.contains("[ERROR] $dir/pom.xml: error: [ARCHIVE_UNREADABLE] cannot read the archive: ")
assert log.contains('[ERROR] configuration: error: [INVALID_CONFIG] packageName "com.example.new" is not a valid Java package name')
assert log.contains('webhookgen: archiveArtifact "webhook-schemas.zip" is not groupId:artifactId:version')
assert (log =~ /BUILD FAILURE/).size() == 4
assert !log.contains('at io.github')
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'a stack trace'
assert !new File(basedir, 'target/generated-sources/webhookgen').exists()
true
