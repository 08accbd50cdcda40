package io.github.webhookgen.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Jackson 2 ({@code com.fasterxml.jackson}), the version this module is built with. */
final class Jackson2Line implements JacksonLine {

    @Override
    public io.github.webhookgen.core.JacksonLine generated() {
        return io.github.webhookgen.core.JacksonLine.JACKSON_2;
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
        ObjectMapper mapper = new ObjectMapper();
        TypeFactory types = TypeFactory.defaultInstance().withClassLoader(generated);
        return new PlainMapper() {
            @Override
            public Object read(byte[] json, String canonicalType) throws Exception {
                JavaType type = types.constructFromCanonical(canonicalType);
                return mapper.readValue(json, type);
            }

            @Override
            public String write(Object value) throws Exception {
                return mapper.writeValueAsString(value);
            }

            @Override
            public String message(Throwable thrown) {
                String name = thrown.getClass().getSimpleName();
                if (thrown instanceof JsonProcessingException jackson) {
                    JsonLocation at = jackson.getLocation();
                    return name + ": " + jackson.getOriginalMessage()
                            + (at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column "
                            + at.getColumnNr() + ")");
                }
                return thrown.getMessage() == null ? name : name + ": " + thrown.getMessage();
            }

            @Override
            public String pointer(Throwable thrown) {
                if (!(thrown instanceof JsonMappingException mapping)) {
                    return null;
                }
                StringBuilder pointer = new StringBuilder();
                for (JsonMappingException.Reference step : mapping.getPath()) {
                    if (step.getFieldName() != null) {
                        pointer.append('/').append(TreeComparison.escape(step.getFieldName()));
                    } else if (step.getIndex() >= 0) {
                        pointer.append('/').append(step.getIndex());
                    }
                }
                return pointer.toString();
            }
        };
    }
}
