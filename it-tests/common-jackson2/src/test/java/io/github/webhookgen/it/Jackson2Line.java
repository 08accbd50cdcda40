package io.github.webhookgen.it;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.PackageVersion;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Jackson 2 ({@code com.fasterxml.jackson}) for the tests. Compiles against every Jackson 2 the generated code
 * supports, from 2.13 on.
 */
final class Jackson2Line implements JsonLine {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Version version = new Version(PackageVersion.VERSION.getMajorVersion(),
            PackageVersion.VERSION.getMinorVersion(), PackageVersion.VERSION.getPatchLevel());

    @Override
    public Version version() {
        return version;
    }

    @Override
    public Mapper newMapper() {
        ObjectMapper mapper = new ObjectMapper();
        return new Mapper() {
            @Override
            public <T> T readValue(byte[] json, Class<T> type) throws IOException {
                return mapper.readValue(json, type);
            }

            @Override
            public <T> T readValue(String json, Class<T> type) throws IOException {
                return mapper.readValue(json, type);
            }

            @Override
            public String writeValueAsString(Object value) throws IOException {
                return mapper.writeValueAsString(value);
            }
        };
    }

    @Override
    public boolean plainMapperIgnoresTrailingContent() {
        return true;
    }

    @Override
    public List<Class<? extends Exception>> checkedExceptionsOfReading() {
        return List.of(IOException.class);
    }

    /**
     * By version, so that this compiles against 2.13: {@code StreamReadConstraints} came with 2.15 (strings of
     * 20,000,000 chars from 2.15.1, 5,000,000 before), its limit on property names with 2.16.
     */
    @Override
    public ReadLimits readLimits() {
        if (version.isBefore(2, 15, 0)) {
            return new ReadLimits(0, 0, 0, 0);
        }
        return new ReadLimits(1_000, version.isBefore(2, 15, 1) ? 5_000_000 : 20_000_000,
                version.isBefore(2, 16, 0) ? 0 : 50_000, 1_000);
    }

    @Override
    public Class<? extends Exception> exception(Failure failure) {
        return switch (failure) {
            case JACKSON -> JacksonException.class;
            case SYNTAX -> JsonParseException.class;
            case END_OF_INPUT -> JsonEOFException.class;
            case DATABIND -> JsonMappingException.class;
            case MISMATCHED_INPUT -> MismatchedInputException.class;
            case INVALID_FORMAT -> InvalidFormatException.class;
            case STREAM_CONSTRAINTS -> streamConstraintsException();
        };
    }

    /** Named, not imported: jackson-core has it from 2.15 on. */
    private Class<? extends Exception> streamConstraintsException() {
        try {
            return Class.forName("com.fasterxml.jackson.core.exc.StreamConstraintsException")
                    .asSubclass(Exception.class);
        } catch (ClassNotFoundException e) {
            throw new UnsupportedOperationException("jackson-core " + version + " has no StreamConstraintsException",
                    e);
        }
    }

    @Override
    public List<Object> path(Exception e) {
        if (!(e instanceof JsonMappingException mapping)) {
            throw new AssertionError("a " + e.getClass().getName() + " has no path", e);
        }
        List<Object> path = new ArrayList<>();
        for (JsonMappingException.Reference step : mapping.getPath()) {
            path.add(step.getFieldName() != null ? step.getFieldName() : (Object) step.getIndex());
        }
        return path;
    }

    @Override
    public String originalMessage(Exception e) {
        return jackson(e).getOriginalMessage();
    }

    @Override
    public Location location(Exception e) {
        JsonLocation location = jackson(e).getLocation();
        return new Location(location.getLineNr(), location.getColumnNr());
    }

    @Override
    public boolean messageNamesLineAndColumn() {
        return true;
    }

    @Override
    public Object invalidValue(Exception e) {
        return ((InvalidFormatException) e).getValue();
    }

    @Override
    public String json(Object node) {
        try {
            return MAPPER.writeValueAsString((JsonNode) node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Object stringNode(String text) {
        return TextNode.valueOf(text);
    }

    @Override
    public List<Object> treeChildren(Object value) {
        List<Object> children = new ArrayList<>();
        if (value instanceof JsonNode node) {
            node.elements().forEachRemaining(children::add);
            node.fieldNames().forEachRemaining(children::add);
        }
        return children;
    }

    @Override
    public String nodePackage() {
        return JsonNodeFactory.class.getPackageName();
    }

    @Override
    public boolean isObjectReader(Class<?> type) {
        return ObjectReader.class.isAssignableFrom(type);
    }

    @Override
    public Object defaultTyping(Object reader, Class<?> type) {
        ObjectReader objectReader = (ObjectReader) reader;
        return objectReader.getConfig().getDefaultTyper(objectReader.getConfig().constructType(type));
    }

    @Override
    public String toString() {
        return "Jackson " + version;
    }

    private static JacksonException jackson(Exception e) {
        if (!(e instanceof JacksonException jackson)) {
            throw new AssertionError("not a Jackson exception: " + e, e);
        }
        return jackson;
    }
}
