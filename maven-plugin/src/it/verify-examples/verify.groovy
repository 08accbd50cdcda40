import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def archiveExamples = new File(basedir, '../../../../schemas/src/main/archive/webhooks_examples')
        .listFiles().findAll { it.name.endsWith('.json') }.size()
def examples = archiveExamples + 2

// The summary line: every example read, round-tripped and dispatched, and the calls per visitor method.
def summary = (log =~ /\[INFO\] webhookgen: checked (\d+) examples as WsNotificationMsg with Jackson 2: (\d+) round-tripped, (\d+) dispatched, 0 failed; visitor calls: (.*) -> (\S+)/)
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
assert report.results.every { it.problems.isEmpty() }

// The second build skipped the check with the tests.
assert log.contains('[INFO] webhookgen: examples check skipped')
true
