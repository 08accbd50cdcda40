package io.github.webhookgen.core.examples;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The project's own Jackson, reached by reflection through the class loader of the project's classes: a plain mapper
 * of its line, reading and writing with it, and what its exceptions say. The two lines differ only in the names held
 * by {@link Line}; the generated code has the same classes and entry points for both.
 */
final class ProjectJackson {

    /** A line of Jackson, by the names that tell it apart. */
    enum Line {
        JACKSON_2("2", "com.fasterxml.jackson.databind.ObjectMapper", "com.fasterxml.jackson.core.JacksonException",
                "getFieldName", "com.fasterxml.jackson.databind."),
        JACKSON_3("3", "tools.jackson.databind.json.JsonMapper", "tools.jackson.core.JacksonException",
                "getPropertyName", "tools.jackson.databind.");

        final String label;
        final String mapper;
        final String exception;
        /** The accessor of a path step's property name: {@code JsonMappingException.Reference.getFieldName} in 2. */
        final String propertyName;
        final String databindPackage;

        Line(String label, String mapper, String exception, String propertyName, String databindPackage) {
            this.label = label;
            this.mapper = mapper;
            this.exception = exception;
            this.propertyName = propertyName;
            this.databindPackage = databindPackage;
        }

        /** A plain mapper: {@code new ObjectMapper()} in 2, {@code JsonMapper.builder().build()} in 3. */
        Object newMapper(ClassLoader loader) throws ReflectiveOperationException {
            Class<?> type = Class.forName(mapper, true, loader);
            if (this == JACKSON_2) {
                return type.getConstructor().newInstance();
            }
            Method builder = type.getMethod("builder");
            return builder.getReturnType().getMethod("build").invoke(builder.invoke(null));
        }

        boolean isOn(ClassLoader loader) {
            try {
                Class.forName(mapper, false, loader);
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }
    }

    /** What a call into the project's code threw: Jackson's message, path and location, or the exception's. */
    static final class CallFailure extends Exception {

        private static final long serialVersionUID = 1L;

        private final String path;
        private final String pointer;
        private final int line;
        private final int column;

        CallFailure(String message, String path, String pointer, int line, int column) {
            super(message);
            this.path = path;
            this.pointer = pointer;
            this.line = line;
            this.column = column;
        }

        /** Jackson's path, {@code body.changes[0].sequence}; {@code ""} when there is none. */
        String path() {
            return path;
        }

        /** The same path as a JSON pointer, {@code /body/changes/0/sequence}. */
        String pointer() {
            return pointer;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }

        /** The message, followed by Jackson's path when it has one. */
        String describe() {
            return getMessage() + (path.isEmpty() ? "" : " (Jackson path " + path + ")");
        }
    }

    private final Line line;
    private final Object mapper;
    private final Method readValue;
    private final Method writeValueAsString;
    private final Class<?> exceptionType;

    private ProjectJackson(Line line, ClassLoader loader) throws ReflectiveOperationException {
        this.line = line;
        this.mapper = line.newMapper(loader);
        this.readValue = mapper.getClass().getMethod("readValue", byte[].class, Class.class);
        this.writeValueAsString = mapper.getClass().getMethod("writeValueAsString", Object.class);
        this.exceptionType = Class.forName(line.exception, false, loader);
    }

    /**
     * The Jackson of {@code loader}: the line whose mapper is there; when both are, the line the generated
     * {@code rootType} is bound to (the package of its {@code @JsonDeserialize}), else Jackson 2. Empty when neither
     * is there.
     */
    static Optional<ProjectJackson> of(ClassLoader loader, Class<?> rootType) throws ReflectiveOperationException {
        List<Line> present = Arrays.stream(Line.values()).filter(l -> l.isOn(loader)).toList();
        if (present.isEmpty()) {
            return Optional.empty();
        }
        Line chosen = present.get(0);
        for (Annotation annotation : rootType.getAnnotations()) {
            for (Line candidate : present) {
                if (annotation.annotationType().getName().startsWith(candidate.databindPackage)) {
                    chosen = candidate;
                }
            }
        }
        return Optional.of(new ProjectJackson(chosen, loader));
    }

    /** {@code "2"} or {@code "3"}. */
    String line() {
        return line.label;
    }

    Object read(byte[] json, Class<?> type) throws CallFailure {
        return call(readValue, mapper, json, type);
    }

    String write(Object value) throws CallFailure {
        return (String) call(writeValueAsString, mapper, value);
    }

    /** Calls {@code method} of the project's code; what it throws becomes a {@link CallFailure}. */
    Object call(Method method, Object target, Object... arguments) throws CallFailure {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw failure(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private CallFailure failure(Throwable thrown) {
        if (!exceptionType.isInstance(thrown)) {
            return new CallFailure(thrown.getClass().getName() + (thrown.getMessage() == null ? ""
                    : ": " + thrown.getMessage()), "", "", 0, 0);
        }
        String message = String.valueOf(invoke(thrown, "getOriginalMessage"));
        Object location = invoke(thrown, "getLocation");
        int lineNumber = location == null ? 0 : (Integer) invoke(location, "getLineNr");
        int columnNumber = location == null ? 0 : (Integer) invoke(location, "getColumnNr");
        StringBuilder path = new StringBuilder();
        StringBuilder pointer = new StringBuilder();
        Object steps = invoke(thrown, "getPath");
        if (steps instanceof List<?> references) {
            for (Object reference : references) {
                Object name = invoke(reference, line.propertyName);
                int index = (Integer) invoke(reference, "getIndex");
                if (name != null) {
                    path.append(path.length() == 0 ? "" : ".").append(name);
                    pointer.append('/').append(name.toString().replace("~", "~0").replace("/", "~1"));
                } else if (index >= 0) {
                    path.append('[').append(index).append(']');
                    pointer.append('/').append(index);
                }
            }
        }
        return new CallFailure(message, path.toString(), pointer.toString(), Math.max(lineNumber, 0),
                Math.max(columnNumber, 0));
    }

    /**
     * Calls a public no-argument method by name, or gives null when there is none (Jackson 2 keeps the path on
     * {@code JsonMappingException}, not on every {@code JacksonException}).
     */
    private static Object invoke(Object target, String name) {
        try {
            Method method = publicMethod(target.getClass(), name);
            return method == null ? null : method.invoke(target);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** The method as declared by a public class or interface, so that reflection may call it on any subclass. */
    private static Method publicMethod(Class<?> type, String name) {
        for (Class<?> at = type; at != null; at = at.getSuperclass()) {
            if (java.lang.reflect.Modifier.isPublic(at.getModifiers())) {
                try {
                    return at.getMethod(name);
                } catch (NoSuchMethodException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
