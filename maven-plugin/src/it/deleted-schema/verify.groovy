def output = new File(basedir, 'target/generated-sources/webhookgen')
def generated = new File(output, 'com/example/shop')
// The first build compiled, the second did not: its class files were written between the two.
def compiled = new File(basedir, 'target/classes/com/example/shop').listFiles()*.lastModified()

assert new File(basedir, 'target/classes/com/example/shop/Coupon.class').isFile()
assert !new File(generated, 'Coupon.java').exists()
assert !new File(generated, 'CouponCodec.java').exists()
assert !new File(output, '.webhookgen-manifest').text.contains('Coupon')
['Order.java', 'OrderCodec.java', 'Customer.java', 'CustomerCodec.java', 'Status.java', 'Json.java'].each {
    assert new File(generated, it).lastModified() <= compiled.min() : "$it was rewritten"
}

def log = new File(basedir, 'build.log').text
assert log.contains('webhookgen: read 3 schemas, generated 8 files (8 written, 0 unchanged, 0 deleted)')
assert log.contains('webhookgen: read 2 schemas, generated 6 files (0 written, 6 unchanged, 2 deleted)')
true
