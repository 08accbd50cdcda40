package io.github.webhookgen.core.model;

import io.github.webhookgen.core.schema.SchemaRef;
import java.util.List;

/**
 * What the generated visitor dispatches on: the root union of notifications and, for each kind of notification,
 * where its changes are and which property of a change holds the event, or that the notification is one call.
 *
 * @param root the root union (for example {@code WsNotificationMsg})
 * @param routes one per object branch of the root union, in branch order
 */
public record Dispatch(SchemaRef root, List<Route> routes) {

    public Dispatch {
        routes = List.copyOf(routes);
    }

    /**
     * One kind of notification, dispatched either once per change (at {@code path}) or once as a whole.
     *
     * @param notification the record or union of this branch of the root union
     * @param path the JSON property names from the notification to the list of changes ({@code body}, {@code changes});
     *     empty when the notification itself is the call
     * @param change the record of one change, or null when the notification itself is the call
     * @param eventProperty the change's property that holds a union of events, or null when the change is the event
     * @param event that union, or null
     */
    public record Route(SchemaRef notification, List<String> path, SchemaRef change, String eventProperty,
            SchemaRef event) {
        public Route {
            path = List.copyOf(path);
        }

        /** A kind of notification that gets one visitor call as a whole. */
        public static Route whole(SchemaRef notification) {
            return new Route(notification, List.of(), null, null, null);
        }

        /** Whether the visitor is called once per change rather than once for the notification. */
        public boolean hasChanges() {
            return change != null;
        }
    }
}
