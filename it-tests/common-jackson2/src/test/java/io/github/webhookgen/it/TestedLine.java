package io.github.webhookgen.it;

/** The line that the module compiling this folder tests: Jackson 2. */
final class TestedLine {

    static final JsonLine LINE = new Jackson2Line();

    private TestedLine() {}
}
