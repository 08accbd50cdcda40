def generated = new File(basedir, 'target/generated-sources/webhookgen/com/example/basic')
['WsNotificationMsg.java', 'WebhookVisitor.java', 'Webhooks.java', 'ContentEvent.java'].each {
    assert new File(generated, it).isFile() : "missing $it"
}
assert new File(basedir, 'target/generated-sources/webhookgen/.webhookgen-manifest').isFile()
// No jackson parameter and only Jackson 2 among the dependencies: Jackson 2
assert new File(generated, 'WsNotificationMsg.java').text.contains('import com.fasterxml.jackson.databind.annotation.JsonDeserialize;')
assert new File(basedir, 'target/classes/com/example/basic/Webhooks.class').isFile()

def log = new File(basedir, 'build.log').text
assert log =~ /webhookgen: read \d+ schemas, generated (\d+) files \(\1 written, 0 unchanged, 0 deleted\)/
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
true
