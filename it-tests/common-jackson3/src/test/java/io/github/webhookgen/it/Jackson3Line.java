package io.github.webhookgen.it;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.PackageVersion;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

/** Jackson 3 ({@code tools.jackson}) for the tests. Its exceptions are unchecked. */
final class Jackson3Line implements JsonLine {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Version version = new Version(PackageVersion.VERSION.getMajorVersion(),
            PackageVersion.VERSION.getMinorVersion(), PackageVersion.VERSION.getPatchLevel());

    @Override
    public Version version() {
        return version;
    }

    @Override
    public Mapper newMapper() {
        JsonMapper mapper = JsonMapper.builder().build();
        return new Mapper() {
            @Override
            public <T> T readValue(byte[] json, Class<T> type) {
                return mapper.readValue(json, type);
            }

            @Override
            public <T> T readValue(String json, Class<T> type) {
                return mapper.readValue(json, type);
            }

            @Override
            public String writeValueAsString(Object value) {
                return mapper.writeValueAsString(value);
            }
        };
    }

    @Override
    public boolean plainMapperIgnoresTrailingContent() {
        return !MAPPER.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    @Override
    public List<Class<? extends Exception>> checkedExceptionsOfReading() {
        return List.of();
    }

    @Override
    public ReadLimits readLimits() {
        StreamReadConstraints defaults = StreamReadConstraints.defaults();
        return new ReadLimits(defaults.getMaxNestingDepth(), defaults.getMaxStringLength(),
                defaults.getMaxNameLength(), defaults.getMaxNumberLength());
    }

    @Override
    public Class<? extends Exception> exception(Failure failure) {
        return switch (failure) {
            case JACKSON -> JacksonException.class;
            case SYNTAX -> StreamReadException.class;
            case END_OF_INPUT -> UnexpectedEndOfInputException.class;
            case DATABIND -> DatabindException.class;
            case MISMATCHED_INPUT -> MismatchedInputException.class;
            case INVALID_FORMAT -> InvalidFormatException.class;
            case STREAM_CONSTRAINTS -> StreamConstraintsException.class;
        };
    }

    @Override
    public List<Object> path(Exception e) {
        if (!(e instanceof DatabindException databind)) {
            throw new AssertionError("a " + e.getClass().getName() + " has no path", e);
        }
        List<Object> path = new ArrayList<>();
        for (JacksonException.Reference step : databind.getPath()) {
            path.add(step.getPropertyName() != null ? step.getPropertyName() : (Object) step.getIndex());
        }
        return path;
    }

    @Override
    public String originalMessage(Exception e) {
        return jackson(e).getOriginalMessage();
    }

    @Override
    public Location location(Exception e) {
        TokenStreamLocation location = jackson(e).getLocation();
        return new Location(location.getLineNr(), location.getColumnNr());
    }

    @Override
    public boolean messageNamesLineAndColumn() {
        return false;
    }

    @Override
    public Object invalidValue(Exception e) {
        return ((InvalidFormatException) e).getValue();
    }

    @Override
    public String json(Object node) {
        return MAPPER.writeValueAsString((JsonNode) node);
    }

    @Override
    public Object stringNode(String text) {
        return StringNode.valueOf(text);
    }

    @Override
    public List<Object> treeChildren(Object value) {
        List<Object> children = new ArrayList<>();
        if (value instanceof JsonNode node) {
            children.addAll(node.values());
            children.addAll(node.propertyNames());
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
