def generated = new File(basedir, 'target/generated-sources/webhookgen/com/example/shop')
['Order.java', 'Customer.java', 'Coupon.java'].each { assert new File(generated, it).isFile() : "missing $it" }
assert !new File(generated, 'WsNotificationMsg.java').exists() : 'the bundled archive was read instead of the zip'
assert new File(basedir, 'target/classes/com/example/shop/Order.class').isFile()

def log = new File(basedir, 'build.log').text
assert log =~ /webhookgen: read 3 schemas, generated \d+ files/
true
