def generated = new File(basedir, 'target/generated-sources/webhookgen/com/example/shop')
// The first build compiled, the second did not: its class files were written between the two.
def compiled = new File(basedir, 'target/classes/com/example/shop').listFiles()*.lastModified()

assert new File(generated, 'Customer.java').text.contains("The customer's full name.")
assert new File(generated, 'Customer.java').lastModified() > compiled.max()
['CustomerCodec.java', 'Order.java', 'OrderCodec.java', 'Coupon.java', 'CouponCodec.java', 'Status.java', 'Json.java'].each {
    assert new File(generated, it).lastModified() <= compiled.min() : "$it was rewritten"
}

def log = new File(basedir, 'build.log').text
assert log.contains('webhookgen: read 3 schemas, generated 8 files (8 written, 0 unchanged, 0 deleted)')
// Only a description changed: Customer.java is rewritten, its codec is not
assert log.contains('webhookgen: read 3 schemas, generated 8 files (1 written, 7 unchanged, 0 deleted)')
true
