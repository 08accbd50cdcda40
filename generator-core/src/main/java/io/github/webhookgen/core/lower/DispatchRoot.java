package io.github.webhookgen.core.lower;

import java.util.List;

/**
 * Where the notifications of an archive start: the root document (a union of notification kinds) and the path of
 * JSON property names from a notification to its list of changes.
 */
public record DispatchRoot(String document, List<String> changesPath) {

    /** LivePerson's layout: {@code webhooks/WsNotificationMsg.json}, changes at {@code body.changes}. */
    public static final DispatchRoot LIVEPERSON = new DispatchRoot("webhooks/WsNotificationMsg.json",
            List.of("body", "changes"));

    public DispatchRoot {
        changesPath = List.copyOf(changesPath);
    }
}
