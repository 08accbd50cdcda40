def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert !log.contains('not marked as @threadSafe')
assert (log =~ /webhookgen: read \d+ schemas, generated (\d+) files \(\1 written, 0 unchanged, 0 deleted\)/).size() == 2

['a', 'b'].each { m ->
    def module = new File(basedir, "module-$m")
    assert new File(module, "target/generated-sources/webhookgen/com/example/$m/Webhooks.java").isFile()
    assert new File(module, "target/classes/com/example/$m/Webhooks.class").isFile()
}
true
