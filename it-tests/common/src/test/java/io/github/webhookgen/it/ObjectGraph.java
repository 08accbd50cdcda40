package io.github.webhookgen.it;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every object reachable from a parsed notification: record components (read through their accessors), list
 * elements, map keys and values, and the nodes of the tested line's JSON trees. Tests use it to find Unknown variants
 * and to check that nothing outside the generated package and the JDK's value types was instantiated.
 */
final class ObjectGraph {

    private static final JsonLine LINE = JsonLine.current();

    /**
     * Where the classes of a parsed notification may come from: the generated code, JDK values, the tested line's
     * JSON trees.
     */
    private static final Set<String> VALUE_PACKAGES = Set.of("com.example.lp.webhooks", "java.lang", "java.util",
            "java.math", "java.time", LINE.nodePackage());

    private ObjectGraph() {}

    /** Fails if anything reachable from {@code root} is of a class outside {@link #VALUE_PACKAGES}. */
    static void assertOnlyValueTypes(Object root) {
        for (Object value : of(root)) {
            if (!VALUE_PACKAGES.contains(value.getClass().getPackageName())) {
                throw new AssertionError("a " + value.getClass().getName() + " was instantiated: " + value);
            }
        }
    }

    static List<Object> of(Object root) {
        List<Object> seen = new ArrayList<>();
        Set<Object> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Object value = pending.pop();
            if (!visited.add(value)) {
                continue;
            }
            seen.add(value);
            if (value instanceof Record record) {
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    pushIfPresent(pending, read(record, component));
                }
            } else if (value instanceof Collection<?> collection) {
                collection.forEach(element -> pushIfPresent(pending, element));
            } else if (value instanceof Map<?, ?> map) {
                map.forEach((key, element) -> {
                    pushIfPresent(pending, key);
                    pushIfPresent(pending, element);
                });
            } else {
                LINE.treeChildren(value).forEach(pending::push);
            }
        }
        return seen;
    }

    static <T> List<T> instancesOf(Object root, Class<T> type) {
        return of(root).stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static void pushIfPresent(Deque<Object> pending, Object value) {
        if (value != null) {
            pending.push(value);
        }
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError("cannot read " + component + " of " + record.getClass().getName(), e);
        }
    }
}
