// target/schemas-v2: schemas/ without Coupon.json.
def v2 = new File(basedir, 'target/schemas-v2/webhooks')
v2.mkdirs()
new File(basedir, 'schemas/webhooks').eachFile { file ->
    if (file.name != 'Coupon.json') {
        new File(v2, file.name).text = file.text
    }
}
true
