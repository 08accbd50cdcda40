// A folder without a pom.xml, for the builds of invoker.properties that run outside a project.
new File(basedir, 'outside').mkdirs()
true
