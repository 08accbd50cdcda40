assert !new File(basedir, 'target/generated-sources/webhookgen').exists()
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] webhookgen: skipped')
assert !log.contains('webhookgen: read ')
true
