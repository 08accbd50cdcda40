def log = new File(basedir, 'build.log').text
def first = log =~ /webhookgen: read \d+ schemas, generated (\d+) files \(\1 written, 0 unchanged, 0 deleted\)/
assert first.size() == 1
def files = first[0][1]
def second = log.indexOf("webhookgen: sources are up to date ($files files in ")
assert second > log.indexOf(first[0][0])
assert log.lastIndexOf('webhookgen: sources are up to date') == second
assert (log =~ /Compiling $files source files/).size() == 1
assert (log =~ /Nothing to compile - all classes are up to date/).size() == 1
assert log.indexOf('Nothing to compile') > second

// The second build compiled nothing, so the class files are the first build's; every generated file (and the
// manifest) is older than them, so the second build wrote none.
def firstCompileEnded = new File(basedir, 'target/classes/com/example/lp').listFiles()*.lastModified().min()
def output = new File(basedir, 'target/generated-sources/webhookgen')
def written = []
output.eachFileRecurse(groovy.io.FileType.FILES) { written << it }
assert written.size() == (files as int) + 1
written.each { assert it.lastModified() <= firstCompileEnded : "$it was touched by the second build" }
true
