// Zips schemas/ into target/schemas.zip, so that no binary is committed.
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

def schemas = new File(basedir, 'schemas')
def zip = new File(basedir, 'target/schemas.zip')
zip.parentFile.mkdirs()
zip.withOutputStream { out ->
    def entries = new ZipOutputStream(out)
    schemas.eachFileRecurse(groovy.io.FileType.FILES) { file ->
        entries.putNextEntry(new ZipEntry(schemas.toPath().relativize(file.toPath()).toString().replace('\\', '/')))
        entries.write(file.bytes)
        entries.closeEntry()
    }
    entries.finish()
}
true
