package io.github.webhookgen.core.lower;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the messages of an archive start, for the generated visitor: the root union (a document, and a JSON pointer to
 * a subschema of it) and the path of JSON property names from a message to its list of changes.
 *
 * @param document archive path of the root union's document, {@code events/Message.json}; empty when no root is given
 * @param pointer JSON pointer (RFC 6901) to the root union inside the document, {@code /definitions/Message};
 *     {@code ""} for the document itself
 * @param changesPath the JSON property names from a message to its list of changes ({@code body}, {@code changes}):
 *     the visitor is called once per change; empty to call it once per message
 */
public record DispatchRoot(String document, String pointer, List<String> changesPath) {

    /**
     * No root given: LivePerson's layout ({@link #LIVEPERSON}) when the archive has its document, otherwise no visitor.
     */
    public static final DispatchRoot DEFAULT = new DispatchRoot("", "", List.of());

    /** LivePerson's layout: {@code webhooks/WsNotificationMsg.json}, changes at {@code body.changes}. */
    public static final DispatchRoot LIVEPERSON = new DispatchRoot("webhooks/WsNotificationMsg.json",
            List.of("body", "changes"));

    public DispatchRoot {
        changesPath = List.copyOf(changesPath);
    }

    /** A root that is a whole document. */
    public DispatchRoot(String document, List<String> changesPath) {
        this(document, "", changesPath);
    }

    /**
     * The root as a user writes it: {@code root} is an archive path with an optional {@code #} and JSON pointer
     * ({@code api.json#/definitions/Message}), {@code changesPath} property names separated by dots
     * ({@code body.changes}). A null or blank value is not given. Nothing is checked here: see {@link #mistakes()}.
     */
    public static DispatchRoot of(String root, String changesPath) {
        String given = root == null ? "" : root.strip().replace('\\', '/');
        int hash = given.indexOf('#');
        String document = hash < 0 ? given : given.substring(0, hash);
        String pointer = hash < 0 ? "" : given.substring(hash + 1);
        List<String> path = changesPath == null || changesPath.isBlank()
                ? List.of()
                : List.of(changesPath.strip().split("\\.", -1));
        return new DispatchRoot(document, pointer.equals("/") ? "" : pointer, path);
    }

    /** Whether a root was given; otherwise the generator looks for LivePerson's. */
    public boolean isGiven() {
        return !document.isEmpty() || !pointer.isEmpty() || !changesPath.isEmpty();
    }

    /** What is wrong with this root as configuration, one sentence each; empty when nothing is. */
    public List<String> mistakes() {
        List<String> mistakes = new ArrayList<>();
        if (document.isEmpty() && !pointer.isEmpty()) {
            mistakes.add("dispatchRoot \"" + this + "\" names no document; give its archive path before the #, such as "
                    + "api.json#" + (pointer.startsWith("/") ? pointer : "/" + pointer));
        }
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            mistakes.add("dispatchRoot \"" + this + "\": what follows # must be a JSON pointer, such as "
                    + "#/definitions/Message");
        }
        if (document.isEmpty() && pointer.isEmpty() && !changesPath.isEmpty()) {
            mistakes.add("changesPath \"" + String.join(".", changesPath) + "\" needs dispatchRoot, the document of "
                    + "the message union it starts from");
        }
        if (changesPath.stream().anyMatch(String::isEmpty)) {
            mistakes.add("changesPath \"" + String.join(".", changesPath) + "\" has an empty property name; give "
                    + "property names separated by dots, such as body.changes");
        }
        return mistakes;
    }

    /** The root as a user writes it: {@code api.json#/definitions/Message}. */
    @Override
    public String toString() {
        return pointer.isEmpty() ? document : document + "#" + pointer;
    }
}
