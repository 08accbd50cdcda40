import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def archiveExamples = new File(basedir, '../../../../schemas/src/main/archive/webhooks_examples')
        .listFiles().findAll { it.name.endsWith('.json') }.size()
def examples = archiveExamples + 2

// The bundled examples that deviate from the schemas on purpose, as the independent check in it-tests lists them.
def deviations = new File(basedir, '../../../../it-tests/jackson2/src/test/resources/schema-deviations.txt')
        .readLines().collect { it.replaceAll(/#.*/, '').trim() }.findAll { it } as Set
assert deviations.size() == 6

// Each is one warning, javac-style, at the value the schemas do not allow; the build passes.
def warnings = (log =~ /\[WARNING\] (\S+)\/webhooks_examples\/([^\/:]+):(\d+):(\d+): warning: \[EXAMPLE_NOT_VALID\] not valid against the schemas: /)
        .collect { it[2] }
assert warnings.size() == 6 : warnings
assert warnings as Set == deviations
assert log =~ /ex-conversation-change-close-reason-transfer.json:50:28: warning: \[EXAMPLE_NOT_VALID\] not valid against the schemas: does not have a value in the enumeration \["CONSUMER", "AGENT", "SYSTEM", "TIMEOUT"\] \(schema webhooks\/ConversationDetails.json#\/definitions\/CloseReason\/enum\) \(at #\/body\/changes\/0\/result\/conversationDetails\/closeReason\)/

// The summary line: every example read, round-tripped and dispatched, and the calls per visitor method.
def summary = (log =~ /\[INFO\] webhookgen: checked (\d+) examples as WsNotificationMsg with Jackson 2: (\d+) round-tripped, (\d+) dispatched, 0 failed, 6 with values the schemas do not allow \(kept; listed above\); visitor calls: (.*) -> (\S+)/)
assert summary.find() : 'no summary line'
assert summary.group(1) as int == examples
assert summary.group(2) as int == examples
assert summary.group(3) as int == examples
def calls = summary.group(4).split(', ').collectEntries { def (method, count) = it.split(' '); [(method): count as int] }
assert calls.keySet().containsAll(['visitContentEvent', 'visitChatStateEvent', 'visitAcceptStatusEvent',
        'visitExConversationChangeNotification', 'visitUnknownMessagingEvent', 'visitUnknownWsNotificationMsg'])
assert calls.values().every { it >= 0 }
assert calls.visitChatStateEvent > 0 && calls.visitExConversationChangeNotification > 0

// The report: one entry per example, with the type it was read into and the visitor calls.
def report = new JsonSlurper().parse(new File(basedir, 'target/webhookgen/examples-report.json'))
assert report.rootType == 'com.example.lp.WsNotificationMsg'
assert report.jackson == '2'
assert report.examples == examples
assert report.failed == 0
assert report.visitorCalls == calls
def captured = report.results.find { it.file == 'captured/content-event-agent-2017.json' }
assert captured.source.endsWith('src/test/webhooks/') || captured.source.endsWith('src\\test\\webhooks\\')
assert captured.type == 'MessagingEventNotification'
assert captured.roundTripped && captured.dispatched
assert captured.calls == ['visitContentEvent']
def unknown = report.results.find { it.file == 'webhooks_examples/notification-unknown-type-ms-online-event-distribution.json' }
assert unknown.type == 'WsNotificationMsg.Unknown'
assert unknown.calls == ['visitUnknownWsNotificationMsg']
assert report.validated
assert report.notValid == 6
assert report.results.findAll { !it.schemaViolations.isEmpty() }.collect { it.file - 'webhooks_examples/' } as Set == deviations
assert report.results.every { r -> r.problems.every { it.contains(': warning: [EXAMPLE_NOT_VALID] ') } }
def transfer = report.results.find { it.file == 'webhooks_examples/ex-conversation-change-close-reason-transfer.json' }
assert transfer.schemaViolations == [[pointer: '/body/changes/0/result/conversationDetails/closeReason', line: 50,
        column: 28, keyword: 'enum', message: 'does not have a value in the enumeration ["CONSUMER", "AGENT", "SYSTEM", "TIMEOUT"]',
        schema: 'webhooks/ConversationDetails.json#/definitions/CloseReason/enum']]
assert transfer.roundTripped && transfer.dispatched

// The second build skipped the check with the tests.
assert log.contains('[INFO] webhookgen: examples check skipped')

// The third, with -Dwebhookgen.strict=true, failed on the same six, now errors.
def errors = (log =~ /\[ERROR\] \S+\/webhooks_examples\/([^\/:]+):\d+:\d+: error: \[EXAMPLE_NOT_VALID\] /).collect { it[1] }
assert errors as Set == deviations && errors.size() == 6
assert log =~ /\[ERROR\] Failed to execute goal .*verify-examples .*: webhookgen: 6 of \d+ examples failed the check, listed above/
def strict = new JsonSlurper().parse(new File(basedir, 'target/strict-report.json'))
assert strict.failed == 6 && strict.notValid == 6
assert strict.results.findAll { it.problems.any { it.contains(': error: [EXAMPLE_NOT_VALID] ') } }
        .collect { it.file - 'webhooks_examples/' } as Set == deviations
true
