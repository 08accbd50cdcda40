// Makes project/ from README.md (readmeFile, set by the plugin's pom): its pom is the XML of the section
// "Use it in your project" (before its first subsection), taken as written, inside coordinates of its own; its source
// is the handler class of the section "A webhook handler". Nothing is filtered or added, so what a user pastes is what
// is built.

def readme = new File(readmeFile).getText('UTF-8')

/** The lines of the level-2 section with this title, up to the next heading outside a code block. */
def section = { String title ->
    def lines = readme.readLines()
    def start = lines.indexOf("## $title".toString())
    assert start >= 0 : "README.md has no section \"## $title\""
    def text = []
    def inCode = false
    for (line in lines.drop(start + 1)) {
        if (line.startsWith('```')) {
            inCode = !inCode
        } else if (!inCode && line =~ /^#{1,6} /) {
            break
        }
        text << line
    }
    text.join('\n') + '\n'
}

/** The fenced code blocks of a language in a text. */
def blocks = { String text, String language ->
    (text =~ /(?ms)^```$language\n(.*?)^```\n/).collect { it[1] }
}

def xml = blocks(section('Use it in your project'), 'xml')
assert !xml.isEmpty() : 'the section "Use it in your project" of README.md has no ```xml block'
def handlers = blocks(section('A webhook handler'), 'java').findAll { it.contains('class LivePersonWebhook ') }
assert handlers.size() == 1 : 'the section "A webhook handler" of README.md has no single class LivePersonWebhook'

// The plugin version the README shows is the one under test: with another, this build could pass against an old
// plugin from a local repository.
def version = (xml.join('\n') =~ /<artifactId>webhookgen-maven-plugin<\/artifactId>\s*<version>([^<]*)<\/version>/)
assert version.find() : 'the README\'s pom does not declare webhookgen-maven-plugin with a version'
assert version.group(1) == projectVersion : "README.md shows webhookgen-maven-plugin ${version.group(1)}; this build " +
        "is $projectVersion: update the README"

def project = new File(basedir, 'project')
new File(project, 'pom.xml').with {
    parentFile.mkdirs()
    setText("""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>webhooks-from-the-readme</artifactId>
  <version>1.0-SNAPSHOT</version>

${xml.join('\n')}
</project>
""", 'UTF-8')
}
new File(project, 'src/main/java/LivePersonWebhook.java').with {
    parentFile.mkdirs()
    setText(handlers[0], 'UTF-8')
}
true
