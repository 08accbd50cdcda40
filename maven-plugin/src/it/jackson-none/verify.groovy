def log = new File(basedir, 'build.log').text
assert log.contains('webhookgen: the generated code needs Jackson, and the project depends on neither '
        + 'tools.jackson.core:jackson-databind (Jackson 3, Spring Boot 4) nor com.fasterxml.jackson.core:jackson-databind '
        + '(Jackson 2); add one of them, or set <jackson>2</jackson> or <jackson>3</jackson>')
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'a stack trace'
assert !new File(basedir, 'target/generated-sources/webhookgen').exists()
true
