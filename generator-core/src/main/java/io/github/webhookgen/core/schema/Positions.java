package io.github.webhookgen.core.schema;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a parsed document starts: a tree of its member names and array indexes, each with the 1-based
 * line and column of its value. A tree rather than a map by JSON pointer, so that a document nested thousands of levels
 * deep costs memory in proportion to its size and not to the square of its depth.
 */
final class Positions {

    /** One value: where it starts, and the values it holds by member name or index. */
    static final class Entry {
        private final int line;
        private final int column;
        private Map<String, Entry> members;

        private Entry(int line, int column) {
            this.line = line;
            this.column = column;
        }

        /**
         * Records where the member {@code name} of this value starts; a member of that name recorded before (a
         * duplicate key, whose last value is read) is replaced with everything it held.
         */
        Entry add(String name, int line, int column) {
            if (members == null) {
                members = new HashMap<>();
            }
            Entry member = new Entry(line, column);
            members.put(name, member);
            return member;
        }
    }

    private final Entry root;

    private Positions(Entry root) {
        this.root = root;
    }

    /** Positions of a document whose root value starts at {@code line}, {@code column}. */
    static Positions startingAt(int line, int column) {
        return new Positions(new Entry(line, column));
    }

    Entry root() {
        return root;
    }

    /**
     * The line and column of the value at {@code pointer} (RFC 6901), or of the nearest value enclosing it that has a
     * position when {@code nearest}; null when there is none.
     */
    int[] of(String pointer, boolean nearest) {
        Entry at = root;
        if (!pointer.isEmpty()) {
            if (pointer.charAt(0) != '/') {
                return nearest ? new int[] {root.line, root.column} : null;
            }
            int start = 1;
            while (true) {
                int end = pointer.indexOf('/', start);
                String segment = pointer.substring(start, end < 0 ? pointer.length() : end);
                Entry member = at.members == null ? null : at.members.get(unescape(segment));
                if (member == null) {
                    return nearest ? new int[] {at.line, at.column} : null;
                }
                at = member;
                if (end < 0) {
                    break;
                }
                start = end + 1;
            }
        }
        return new int[] {at.line, at.column};
    }

    private static String unescape(String segment) {
        return segment.indexOf('~') < 0 ? segment : segment.replace("~1", "/").replace("~0", "~");
    }
}
