// Copies the bundled archive's zip from the local repository to target/json_schemas.zip, as a user drops in the
// vendor's new archive, and changes two of its examples.
import java.util.zip.ZipEntry
import java.util.zip.ZipFile
import java.util.zip.ZipOutputStream

def bundled = new File(localRepositoryPath, 'io/github/webhookgen/webhookgen-lp-schemas').listFiles()
        .collectMany { it.listFiles().findAll { it.name.endsWith('-archive.zip') } }
assert bundled.size() == 1 : "the archive zip in ${localRepositoryPath}: ${bundled}"

def edits = [
    // "sequence" is an integer in MessagingEventChange.json.
    'webhooks_examples/content-event-text-plain-consumer.json': ['"sequence": 0,', '"sequence": "0",'],
    // "la" is a number: read as a BigDecimal, which has no negative zero.
    'webhooks_examples/rich-content-event-map-with-alt-empty-metadata.json': ['"la": 49.000000000000,', '"la": -0.0,'],
]
def copy = new File(basedir, 'target/json_schemas.zip')
copy.parentFile.mkdirs()
new ZipFile(bundled[0]).withCloseable { zip ->
    copy.withOutputStream { out ->
        def entries = new ZipOutputStream(out)
        zip.entries().each { entry ->
            entries.putNextEntry(new ZipEntry(entry.name))
            def bytes = zip.getInputStream(entry).bytes
            def edit = edits.remove(entry.name)
            if (edit) {
                def text = new String(bytes, 'UTF-8')
                assert text.contains(edit[0]) : "${entry.name} has no ${edit[0]}"
                bytes = text.replace(edit[0], edit[1]).getBytes('UTF-8')
            }
            entries.write(bytes)
            entries.closeEntry()
        }
        entries.finish()
    }
}
assert edits.isEmpty() : "not in the archive: ${edits.keySet()}"
true
