def generated = new File(basedir, 'target/generated-sources/webhookgen/com/example/shop')
def log = new File(basedir, 'build.log').text

// The first build compiled a visitor with a call per change, and one per ping.
assert new File(basedir, 'target/classes/com/example/shop/WebhookVisitor.class').isFile()
assert log.contains('[INFO] webhookgen: read 4 schemas, generated 19 files (19 written, 0 unchanged, 0 deleted)')

// The second named a root the archive does not have ...
assert log.contains('[WARNING] configuration: warning: [NO_DISPATCH_ROOT] dispatchRoot "Delivery.json" is not in ' +
        'the archive; it has events/Delivery.json; no visitor is generated')
assert log =~ /\[WARNING\] \S+: warning: \[NO_DISPATCH_ROOT\] deleting com\/example\/shop\/WebhookVisitor.java and com\/example\/shop\/Webhooks.java, which the previous run generated/
// ... and the third none: an archive of models, said at information level.
assert log.contains('[INFO] webhookgen: no visitor generated, since the archive has no webhooks/WsNotificationMsg.json')
assert !new File(generated, 'WebhookVisitor.java').exists()
assert !new File(generated, 'Webhooks.java').exists()
assert new File(generated, 'Delivery.java').isFile()
true
