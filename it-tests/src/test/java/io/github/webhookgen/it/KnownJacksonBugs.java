package io.github.webhookgen.it;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.PackageVersion;

/**
 * Bugs of the Jackson version on the test class path that the generated code cannot work around. Tests expect the
 * wrong behaviour only while the bug's version is in use, so that an upgrade shows up as a change in the tests.
 */
final class KnownJacksonBugs {

    /**
     * jackson-core before 2.18.3 (fixed by FasterXML/jackson-core pull request #1391): once a parser has handed an
     * integer beyond the long range to a {@code TokenBuffer}, the next decimal it reads with {@code getDoubleValue()}
     * returns that integer instead. A union buffers what precedes its discriminator, and Jackson's tree reader reads
     * decimals as doubles, so a decimal kept as a tree (an unknown property, an Unknown variant) after such an integer
     * gets its value.
     */
    static final boolean BUFFERED_BIG_INTEGER_LEAKS_INTO_NEXT_DOUBLE = before(PackageVersion.VERSION, 2, 18, 3);

    private KnownJacksonBugs() {}

    private static boolean before(Version version, int major, int minor, int patch) {
        int[] actual = {version.getMajorVersion(), version.getMinorVersion(), version.getPatchLevel()};
        int[] fixed = {major, minor, patch};
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] != fixed[i]) {
                return actual[i] < fixed[i];
            }
        }
        return false;
    }
}
