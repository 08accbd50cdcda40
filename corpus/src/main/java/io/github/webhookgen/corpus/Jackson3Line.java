package io.github.webhookgen.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.TypeFactory;

/**
 * Jackson 3 ({@code tools.jackson}), the version this module is built with: payloads are read and written with
 * {@code JsonMapper.builder().build()}, Jackson 3's defaults.
 */
final class Jackson3Line implements JacksonLine {

    @Override
    public io.github.webhookgen.core.JacksonLine generated() {
        return io.github.webhookgen.core.JacksonLine.JACKSON_3;
    }

    @Override
    public List<Path> classpath() {
        return Stream.of(ObjectMapper.class, JsonParser.class, JsonProperty.class)
                .map(JacksonLine::jarOf).distinct().toList();
    }

    @Override
    public ClassLoader loader() {
        return ObjectMapper.class.getClassLoader();
    }

    @Override
    public String treeType() {
        return JsonNode.class.getName();
    }

    @Override
    public PlainMapper plainMapper(ClassLoader generated) {
        JsonMapper mapper = JsonMapper.builder().build();
        TypeFactory types = mapper.getTypeFactory().withClassLoader(generated);
        return new PlainMapper() {
            @Override
            public Object read(byte[] json, String canonicalType) {
                JavaType type = types.constructFromCanonical(canonicalType);
                return mapper.readValue(json, type);
            }

            @Override
            public String write(Object value) {
                return mapper.writeValueAsString(value);
            }

            @Override
            public String message(Throwable thrown) {
                String name = thrown.getClass().getSimpleName();
                if (thrown instanceof JacksonException jackson) {
                    TokenStreamLocation at = jackson.getLocation();
                    return name + ": " + jackson.getOriginalMessage()
                            + (at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column "
                            + at.getColumnNr() + ")");
                }
                return thrown.getMessage() == null ? name : name + ": " + thrown.getMessage();
            }

            @Override
            public String pointer(Throwable thrown) {
                if (!(thrown instanceof DatabindException mapping)) {
                    return null;
                }
                StringBuilder pointer = new StringBuilder();
                for (JacksonException.Reference step : mapping.getPath()) {
                    if (step.getPropertyName() != null) {
                        pointer.append('/').append(TreeComparison.escape(step.getPropertyName()));
                    } else if (step.getIndex() >= 0) {
                        pointer.append('/').append(step.getIndex());
                    }
                }
                return pointer.toString();
            }
        };
    }
}
