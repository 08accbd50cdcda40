package io.github.webhookgen.core.model;

import io.github.webhookgen.core.schema.SchemaRef;
import java.util.List;

/**
 * What the generated visitor dispatches on: the root union of notifications and, for each kind of notification,
 * where its changes are and which property of a change holds the event.
 *
 * @param root the root union (for example {@code WsNotificationMsg})
 * @param routes one per object branch of the root union, in branch order
 */
public record Dispatch(SchemaRef root, List<Route> routes) {

    public Dispatch {
        routes = List.copyOf(routes);
    }

    /**
     * One kind of notification.
     *
     * @param notification the record of this branch of the root union
     * @param path the JSON property names from the notification to the list of changes ({@code body}, {@code changes})
     * @param change the record of one change
     * @param eventProperty the change's property that holds a union of events, or null when the change is the event
     * @param event that union, or null
     */
    public record Route(SchemaRef notification, List<String> path, SchemaRef change, String eventProperty,
            SchemaRef event) {
        public Route {
            path = List.copyOf(path);
        }
    }
}
