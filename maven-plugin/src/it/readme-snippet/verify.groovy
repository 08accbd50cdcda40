// The README's pom generated the sources and compiled them with the README's handler.
def project = new File(basedir, 'project')
['WebhookVisitor.java', 'Webhooks.java', 'WsNotificationMsg.java'].each {
    assert new File(project, "target/generated-sources/webhookgen/com/example/webhooks/$it").isFile() : "missing $it"
}
assert new File(project, 'target/classes/LivePersonWebhook.class').isFile()
assert new File(project, 'target/classes/com/example/webhooks/Webhooks.class').isFile()
true
