def generated = new File(basedir, 'target/generated-sources/webhookgen/com/example/three')
def sources = generated.listFiles().findAll { it.name.endsWith('.java') }
assert sources.size() > 10
sources.each { source ->
    def imports = source.readLines().findAll { it.startsWith('import ') }
    assert !imports.any { it.startsWith('import com.fasterxml.jackson.') && !it.startsWith('import com.fasterxml.jackson.annotation.') } :
            "$source.name imports Jackson 2"
}
assert new File(generated, 'WsNotificationMsg.java').text.contains('import tools.jackson.databind.annotation.JsonDeserialize;')

def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
true
