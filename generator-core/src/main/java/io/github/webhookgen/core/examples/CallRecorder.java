package io.github.webhookgen.core.examples;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for the generated visitor interface, all of whose methods have empty defaults: it records the name of each
 * visit method called, in order, and does nothing else.
 */
final class CallRecorder implements InvocationHandler {

    private final List<String> calls = new ArrayList<>();

    /** A proxy that implements {@code visitor} (in {@code visitor}'s class loader) and records here. */
    Object implementing(Class<?> visitor) {
        return Proxy.newProxyInstance(visitor.getClassLoader(), new Class<?>[] {visitor}, this);
    }

    List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == arguments[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "visitor recording " + calls;
            };
        }
        calls.add(method.getName());
        return null;
    }
}
