import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def zip = new File(basedir, 'target/json_schemas.zip').canonicalPath

// A string where an integer is declared: the generated code does not read it; Jackson's message and path.
def unreadable = "[ERROR] ${zip}!/webhooks_examples/content-event-text-plain-consumer.json:6:21: error: " +
        '[EXAMPLE_UNREADABLE] cannot be read as WsNotificationMsg: Expected an integer, found VALUE_STRING ' +
        '(Jackson path body.changes[0].sequence) (at #/body/changes/0/sequence)'
assert log.contains(unreadable) : 'no line ' + unreadable

// A value that reads but is written back differently: both values.
def lost = "[ERROR] ${zip}!/webhooks_examples/rich-content-event-map-with-alt-empty-metadata.json:20:23: error: " +
        '[EXAMPLE_NOT_ROUND_TRIPPED] round trip differs: before -0.0, after 0.0 ' +
        '(at #/body/changes/0/event/content/elements/0/la)'
assert log.contains(lost) : 'no line ' + lost

assert log =~ /webhookgen: checked (\d+) examples as WsNotificationMsg with Jackson 2: (\d+) round-tripped, (\d+) dispatched, 2 failed/
assert log =~ /\[ERROR\] Failed to execute goal .*verify-examples .*: webhookgen: 2 of \d+ examples failed the check, listed above/
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'a stack trace'

// The report names them too; the other examples passed.
def report = new JsonSlurper().parse(new File(basedir, 'target/webhookgen/examples-report.json'))
assert report.failed == 2
def failed = report.results.findAll { it.problems.any { it.contains(': error: ') } }.collect { it.file }
assert failed == ['webhooks_examples/content-event-text-plain-consumer.json',
        'webhooks_examples/rich-content-event-map-with-alt-empty-metadata.json']
def zero = report.results.find { it.file == 'webhooks_examples/rich-content-event-map-with-alt-empty-metadata.json' }
assert zero.differences == ['/body/changes/0/event/content/elements/0/la: before -0.0, after 0.0']
assert zero.dispatched && zero.calls == ['visitRichContentEvent']
// The string where an integer is declared is also a value the schemas do not allow; -0.0 is a number they allow.
def unreadableResult = report.results.find { it.file == 'webhooks_examples/content-event-text-plain-consumer.json' }
assert unreadableResult.schemaViolations.collect { it.pointer } == ['/body/changes/0/sequence']
assert zero.schemaViolations.isEmpty()

// With the check skipped, the second build passes.
assert log.contains('[INFO] webhookgen: examples check skipped')
assert log.contains('BUILD SUCCESS')
true
