package io.github.webhookgen.it;

/** The line that the module compiling this folder tests: Jackson 3. */
final class TestedLine {

    static final JsonLine LINE = new Jackson3Line();

    private TestedLine() {}
}
