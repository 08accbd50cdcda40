package io.github.webhookgen.core.schema;

/**
 * The address of one schema inside an archive: a document and a JSON pointer into it. It identifies a
 * generated type, so that every later stage derives names and problems from the schema location.
 */
public record SchemaRef(String file, String pointer) implements Comparable<SchemaRef> {

    public SchemaRef child(String... segments) {
        StringBuilder next = new StringBuilder(pointer);
        for (String segment : segments) {
            next.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return new SchemaRef(file, next.toString());
    }

    /** The unescaped segments of the pointer. */
    public java.util.List<String> segments() {
        if (pointer.isEmpty()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(pointer.substring(1).split("/", -1))
                .map(s -> s.replace("~1", "/").replace("~0", "~"))
                .toList();
    }

    /** The pointer that encloses this one, or null for a document root. */
    public SchemaRef parent() {
        int slash = pointer.lastIndexOf('/');
        return slash < 0 ? null : new SchemaRef(file, pointer.substring(0, slash));
    }

    @Override
    public int compareTo(SchemaRef other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : pointer.compareTo(other.pointer);
    }

    @Override
    public String toString() {
        return file + "#" + pointer;
    }
}
