def log = new File(basedir, 'build.log').text
assert log =~ '(?m)^\\[ERROR\\] /\\S+/schemas/webhooks/Order\\.json:10:\\d+: error: \\[UNRESOLVED_REF\\] .*Client\\.json.* \\(at #/properties/customer/\\$ref\\)$'
assert log.contains('webhookgen: 1 error(s), listed above')
assert !log.contains('at io.github')
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'a stack trace'
assert !new File(basedir, 'target/generated-sources/webhookgen').exists()
true
