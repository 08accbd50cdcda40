// target/schemas-v2: schemas/ with a new description for a property of Customer.json.
def v2 = new File(basedir, 'target/schemas-v2/webhooks')
v2.mkdirs()
new File(basedir, 'schemas/webhooks').eachFile { file ->
    def text = file.name == 'Customer.json' ? file.text.replace("The customer's name.", "The customer's full name.") : file.text
    new File(v2, file.name).text = text
}
true
