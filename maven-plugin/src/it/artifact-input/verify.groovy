def generated = new File(basedir, 'target/generated-sources/webhookgen/com/example/lp')
['WsNotificationMsg.java', 'WebhookVisitor.java', 'Webhooks.java'].each {
    assert new File(generated, it).isFile() : "missing $it"
}
def log = new File(basedir, 'build.log').text
assert log =~ /webhookgen: read \d+ schemas, generated (\d+) files \(\1 written, 0 unchanged, 0 deleted\)/
assert log.contains('webhookgen: cannot resolve archiveArtifact io.github.webhookgen:webhookgen-lp-schemas:')
assert log.contains(':zip:no-such-classifier')
true
