package io.github.webhookgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.github.webhookgen.core.JacksonLine;

/**
 * Every name the generated code uses that differs between Jackson 2 and Jackson 3, in one place: the emitters are
 * written once against this, so a new kind of type gets its codec written once for both lines.
 *
 * <p>Jackson 3 moved {@code com.fasterxml.jackson.core} and {@code .databind} to {@code tools.jackson.core} and
 * {@code .databind}, made its exceptions unchecked ({@code JacksonException extends RuntimeException}), renamed
 * {@code SerializerProvider} to {@code SerializationContext}, {@code JsonMappingException} to
 * {@code DatabindException}, {@code FIELD_NAME} to {@code PROPERTY_NAME}, {@code nextFieldName()} to
 * {@code nextName()} and {@code writeFieldName} to {@code writeName}, and builds mappers with
 * {@code JsonMapper.builder()}. The annotations in {@code com.fasterxml.jackson.annotation} are shared.
 */
final class JacksonApi {

    final JacksonLine line;
    final ClassName parser;
    final ClassName token;
    final ClassName generator;
    final ClassName readContext;
    final ClassName writeContext;
    final ClassName node;
    final ClassName objectNode;
    final ClassName nullNode;
    final ClassName stdDeserializer;
    final ClassName stdSerializer;
    final ClassName jsonDeserialize;
    final ClassName jsonSerialize;
    /** The exception a codec catches to add the property it was reading to the path. */
    final ClassName mappingException;
    /** The class whose static {@code wrapWithPath(Throwable, Object, String)} adds a property to the path. */
    final ClassName pathWrapper;
    final ClassName mapper;
    final ClassName objectReader;
    final ClassName deserializationFeature;
    final ClassName mismatch;
    /** Jackson's resolved type, which reads a generic class of the user's ({@code existingJavaType}). */
    final ClassName javaType;
    /** The anonymous subclass that captures a generic type, from which a {@code JavaType} is built. */
    final ClassName typeReference;
    /** {@code JsonParser}'s method that moves to the next property name. */
    final String nextName;
    /** {@code JsonGenerator}'s method that writes a property name. */
    final String writeName;
    /** The {@code JsonToken} of a property name. */
    final String propertyNameToken;
    /** What generated code calls the serialization context. */
    final String writeContextName;
    /** Where the support class of this line is, among the generator's resources. */
    final String supportResource;

    private JacksonApi(JacksonLine line) {
        this.line = line;
        boolean two = line == JacksonLine.JACKSON_2;
        String core = two ? "com.fasterxml.jackson.core" : "tools.jackson.core";
        String databind = two ? "com.fasterxml.jackson.databind" : "tools.jackson.databind";
        parser = ClassName.get(core, "JsonParser");
        token = ClassName.get(core, "JsonToken");
        generator = ClassName.get(core, "JsonGenerator");
        readContext = ClassName.get(databind, "DeserializationContext");
        writeContext = ClassName.get(databind, two ? "SerializerProvider" : "SerializationContext");
        node = ClassName.get(databind, "JsonNode");
        objectNode = ClassName.get(databind + ".node", "ObjectNode");
        nullNode = ClassName.get(databind + ".node", "NullNode");
        stdDeserializer = ClassName.get(databind + ".deser.std", "StdDeserializer");
        stdSerializer = ClassName.get(databind + ".ser.std", "StdSerializer");
        jsonDeserialize = ClassName.get(databind + ".annotation", "JsonDeserialize");
        jsonSerialize = ClassName.get(databind + ".annotation", "JsonSerialize");
        mappingException = ClassName.get(databind, two ? "JsonMappingException" : "DatabindException");
        pathWrapper = two ? mappingException : ClassName.get(core, "JacksonException");
        mapper = two ? ClassName.get(databind, "ObjectMapper") : ClassName.get(databind + ".json", "JsonMapper");
        objectReader = ClassName.get(databind, "ObjectReader");
        deserializationFeature = ClassName.get(databind, "DeserializationFeature");
        mismatch = ClassName.get(databind + ".exc", "MismatchedInputException");
        javaType = ClassName.get(databind, "JavaType");
        typeReference = ClassName.get(core + ".type", "TypeReference");
        nextName = two ? "nextFieldName" : "nextName";
        writeName = two ? "writeFieldName" : "writeName";
        propertyNameToken = two ? "FIELD_NAME" : "PROPERTY_NAME";
        writeContextName = two ? "provider" : "ctxt";
        supportResource = "support/jackson" + line.number() + "/Json.java";
    }

    private static final JacksonApi JACKSON_2 = new JacksonApi(JacksonLine.JACKSON_2);
    private static final JacksonApi JACKSON_3 = new JacksonApi(JacksonLine.JACKSON_3);

    static JacksonApi of(JacksonLine line) {
        return line == JacksonLine.JACKSON_2 ? JACKSON_2 : JACKSON_3;
    }

    /** Jackson 2's readers and writers throw the checked {@code IOException}; Jackson 3's exceptions are unchecked. */
    MethodSpec.Builder throwing(MethodSpec.Builder method) {
        return line == JacksonLine.JACKSON_2 ? method.addException(JavaTypes.IO_EXCEPTION) : method;
    }

    /** The exception a caller of the entry points sees for a body that is not what the schema describes. */
    ClassName readFailure() {
        return line == JacksonLine.JACKSON_2 ? JavaTypes.IO_EXCEPTION : ClassName.get("tools.jackson.core",
                "JacksonException");
    }

    /**
     * Whether Jackson's deserializers and serializers are {@code Serializable} (Jackson 2), so that a generated one
     * declares {@code serialVersionUID} to satisfy {@code -Xlint:serial}.
     */
    boolean serializable() {
        return line == JacksonLine.JACKSON_2;
    }

    /** A new mapper with no configuration: {@code new ObjectMapper()}, {@code JsonMapper.builder().build()}. */
    CodeBlock newMapper() {
        return line == JacksonLine.JACKSON_2
                ? CodeBlock.of("new $T()", mapper)
                : CodeBlock.of("$T.builder().build()", mapper);
    }
}
