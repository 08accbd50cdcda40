package io.github.webhookgen.corpus;

/** The generators measured side by side. */
enum Tool {
    WEBHOOKGEN("webhookgen"),
    JSONSCHEMA2POJO("jsonschema2pojo");

    private final String label;

    Tool(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
