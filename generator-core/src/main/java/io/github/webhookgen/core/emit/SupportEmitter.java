package io.github.webhookgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import javax.lang.model.element.Modifier;

import static io.github.webhookgen.core.emit.JavaTypes.*;

/**
 * Writes {@code Json}, the package-private support class of the generated code: strict readers for JSON scalars,
 * lossless readers for lists, maps, enums and date-times, the union discriminator scan, and the writers.
 */
final class SupportEmitter {

    private static final ClassName FUNCTION = ClassName.get(java.util.function.Function.class);
    private static final ClassName ARRAY_LIST = ClassName.get(java.util.ArrayList.class);
    private static final ClassName TOKEN_BUFFER = ClassName.get("com.fasterxml.jackson.databind.util", "TokenBuffer");
    private static final ClassName MISMATCH = ClassName.get("com.fasterxml.jackson.databind.exc", "MismatchedInputException");
    private static final ClassName INVALID_FORMAT = ClassName.get("com.fasterxml.jackson.databind.exc", "InvalidFormatException");
    private static final ClassName NODE_FACTORY = ClassName.get("com.fasterxml.jackson.databind.node", "JsonNodeFactory");
    private static final ClassName PARSE_EXCEPTION = ClassName.get(java.time.format.DateTimeParseException.class);
    private static final TypeVariableName T = TypeVariableName.get("T");
    private static final TypeVariableName E = TypeVariableName.get("E", ParameterizedTypeName.get(ClassName.get(Enum.class), TypeVariableName.get("E")));

    private final ClassName json;

    SupportEmitter(ClassName json) {
        this.json = json;
    }

    TypeSpec emit() {
        ClassName reader = json.nestedClass("Reader");
        ClassName writer = json.nestedClass("Writer");
        ClassName valued = json.nestedClass("Valued");
        ClassName discriminated = json.nestedClass("Discriminated");
        return TypeSpec.classBuilder(json)
                .addJavadoc("Reads and writes the JSON of the generated types: strict about JSON types, lossless about "
                        + "everything else.\n")
                .addModifiers(Modifier.FINAL)
                .addType(TypeSpec.interfaceBuilder(reader).addTypeVariable(T)
                        .addAnnotation(FunctionalInterface.class)
                        .addJavadoc("Reads one value at the parser's current token.\n")
                        .addMethod(MethodSpec.methodBuilder("read").addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                                .returns(T).addParameter(JSON_PARSER, "p").addParameter(CONTEXT, "ctxt")
                                .addException(IO_EXCEPTION).build())
                        .build())
                .addType(TypeSpec.interfaceBuilder(writer).addTypeVariable(T)
                        .addAnnotation(FunctionalInterface.class)
                        .addJavadoc("Writes one non-null value.\n")
                        .addMethod(MethodSpec.methodBuilder("write").addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                                .addParameter(T, "value").addParameter(JSON_GENERATOR, "g")
                                .addParameter(PROVIDER, "provider").addException(IO_EXCEPTION).build())
                        .build())
                .addType(TypeSpec.interfaceBuilder(valued)
                        .addJavadoc("An enum constant and its text in JSON; null for the constant of unlisted values.\n")
                        .addMethod(MethodSpec.methodBuilder("value").addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                                .returns(STRING).build())
                        .build())
                .addType(TypeSpec.recordBuilder(discriminated)
                        .addJavadoc("A union's discriminator value (null when absent or not a string), and where to read "
                                + "the object: the same parser at the\ndiscriminator's value when it came first "
                                + "({@code atValue}), otherwise a replay of the whole object from its start.\n")
                        .recordConstructor(MethodSpec.constructorBuilder()
                                .addParameter(STRING, "value").addParameter(JSON_PARSER, "parser")
                                .addParameter(TypeName.BOOLEAN, "atValue").build())
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(firstField())
                .addMethod(scalar("readString", STRING, "p.currentToken() != $T.VALUE_STRING", "a string", "p.getText()"))
                .addMethod(scalar("readLong", LONG, "p.currentToken() != $T.VALUE_NUMBER_INT "
                        + "|| p.getNumberType() == JsonParser.NumberType.BIG_INTEGER", "an integer", "p.getLongValue()"))
                .addMethod(readDecimal())
                .addMethod(scalar("readBoolean", BOOLEAN,
                        "p.currentToken() != $T.VALUE_TRUE && p.currentToken() != JsonToken.VALUE_FALSE", "a boolean",
                        "p.getBooleanValue()"))
                .addMethod(reader("readTree", JSON_NODE).addStatement("return ctxt.readTree(p)").build())
                .addMethod(readObject())
                .addMethod(readDateTime())
                .addMethod(readEnum())
                .addMethod(readEnumList())
                .addMethod(readList(reader))
                .addMethod(readMap(reader))
                .addMethod(discriminate(discriminated))
                .addMethod(write("writeString", STRING, "g.writeString(value)"))
                .addMethod(write("writeLong", LONG, "g.writeNumber(value.longValue())"))
                .addMethod(write("writeDecimal", BIG_DECIMAL, "g.writeNumber(value)"))
                .addMethod(write("writeBoolean", BOOLEAN, "g.writeBoolean(value.booleanValue())"))
                .addMethod(write("writeTree", JSON_NODE, "value.serialize(g, provider)"))
                .addMethod(writeValued(valued))
                .addMethod(writeList(writer))
                .addMethod(writeMap(writer))
                .addMethod(writeExtra())
                .addMethod(copyExtra())
                .addMethod(mismatch())
                .build();
    }

    private static MethodSpec.Builder reader(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.STATIC).returns(returns)
                .addParameter(JSON_PARSER, "p").addParameter(CONTEXT, "ctxt").addException(IO_EXCEPTION);
    }

    private MethodSpec firstField() {
        return MethodSpec.methodBuilder("firstField").addModifiers(Modifier.STATIC).returns(STRING)
                .addJavadoc("The first property name of an object; accepts a parser at its start or already inside it.\n")
                .addParameter(JSON_PARSER, "p").addParameter(ParameterizedTypeName.get(ClassName.get(Class.class),
                        WildcardTypeName.subtypeOf(Object.class)), "type")
                .addException(IO_EXCEPTION)
                .addStatement("$T token = p.currentToken()", JSON_TOKEN)
                .beginControlFlow("if (token == $T.START_OBJECT)", JSON_TOKEN)
                .addStatement("return p.nextFieldName()")
                .endControlFlow()
                .beginControlFlow("if (token == $T.FIELD_NAME)", JSON_TOKEN)
                .addStatement("return p.currentName()")
                .endControlFlow()
                .beginControlFlow("if (token == $T.END_OBJECT)", JSON_TOKEN)
                .addStatement("return null")
                .endControlFlow()
                .addStatement("throw mismatch(p, type, $S)", "an object")
                .build();
    }

    private static MethodSpec scalar(String name, ClassName type, String reject, String expected, String value) {
        return reader(name, type)
                .beginControlFlow("if (" + reject + ")", JSON_TOKEN)
                .addStatement("throw mismatch(p, $T.class, $S)", type, expected)
                .endControlFlow()
                .addStatement("return " + value)
                .build();
    }

    private static MethodSpec readDecimal() {
        // Jackson converts the number text only on request, and lets BigDecimal's NumberFormatException through.
        return reader("readDecimal", BIG_DECIMAL)
                .addJavadoc("Reads a number; one that {@code BigDecimal} cannot hold (an exponent beyond the int range, "
                        + "such as {@code 1e9999999999}) fails as a Jackson exception.\n")
                .beginControlFlow("if (p.currentToken() != $T.VALUE_NUMBER_INT "
                        + "&& p.currentToken() != JsonToken.VALUE_NUMBER_FLOAT)", JSON_TOKEN)
                .addStatement("throw mismatch(p, $T.class, $S)", BIG_DECIMAL, "a number")
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement("return p.getDecimalValue()")
                .nextControlFlow("catch ($T e)", NumberFormatException.class)
                .addStatement("throw $T.from(p, $S + e.getMessage(), p.getText(), $T.class)", INVALID_FORMAT,
                        "Not a number a BigDecimal can hold: ", BIG_DECIMAL)
                .endControlFlow()
                .build();
    }

    private MethodSpec readDateTime() {
        return reader("readDateTime", OFFSET_DATE_TIME)
                .addJavadoc("Reads an RFC 3339 date-time; keeps the text in {@code extra} when the parsed value would "
                        + "print differently.\n")
                .addParameter(STRING, "name").addParameter(RAW_MAP, "extra")
                .addStatement("$T text = readString(p, ctxt)", STRING)
                .beginControlFlow("try")
                .addStatement("$T value = $T.parse(text)", OFFSET_DATE_TIME, OFFSET_DATE_TIME)
                .beginControlFlow("if (!value.toString().equals(text))")
                .addStatement("extra.put(name, $T.valueOf(text))", TEXT_NODE)
                .endControlFlow()
                .addStatement("return value")
                .nextControlFlow("catch ($T e)", PARSE_EXCEPTION)
                .addStatement("throw $T.from(p, $S + e.getMessage(), text, $T.class)", INVALID_FORMAT,
                        "Not an RFC 3339 date-time: ", OFFSET_DATE_TIME)
                .endControlFlow()
                .build();
    }

    private MethodSpec readEnum() {
        return reader("readEnum", E).addTypeVariable(E)
                .addJavadoc("Reads an enum constant; keeps the text in {@code extra} when the schema does not list it.\n")
                .addParameter(ParameterizedTypeName.get(FUNCTION, STRING, E), "fromValue")
                .addParameter(E, "unknown").addParameter(STRING, "name").addParameter(RAW_MAP, "extra")
                .addStatement("$T text = readString(p, ctxt)", STRING)
                .addStatement("$T value = fromValue.apply(text)", E)
                .beginControlFlow("if (value == unknown)")
                .addStatement("extra.put(name, $T.valueOf(text))", TEXT_NODE)
                .endControlFlow()
                .addStatement("return value")
                .build();
    }

    private MethodSpec readEnumList() {
        TypeName list = ParameterizedTypeName.get(LIST, E);
        return reader("readEnumList", list).addTypeVariable(E)
                .addJavadoc("Reads a list of enum constants; keeps the whole array in {@code extra} when the schema does "
                        + "not list one of them.\n")
                .addParameter(ParameterizedTypeName.get(FUNCTION, STRING, E), "fromValue")
                .addParameter(E, "unknown").addParameter(STRING, "name").addParameter(RAW_MAP, "extra")
                .addStatement("$T texts = readList(p, ctxt, $T::readString)", ParameterizedTypeName.get(LIST, STRING), json)
                .addStatement("$T values = new $T<>(texts.size())", list, ARRAY_LIST)
                .addStatement("boolean exact = true")
                .beginControlFlow("for ($T text : texts)", STRING)
                .addStatement("$T value = text == null ? null : fromValue.apply(text)", E)
                .addStatement("exact &= value != unknown")
                .addStatement("values.add(value)")
                .endControlFlow()
                .beginControlFlow("if (!exact)")
                .addStatement("$T raw = $T.instance.arrayNode()", ARRAY_NODE, NODE_FACTORY)
                .addStatement("texts.forEach(raw::add)")
                .addStatement("extra.put(name, raw)")
                .endControlFlow()
                .addStatement("return $T.unmodifiableList(values)", COLLECTIONS)
                .build();
    }

    private MethodSpec readList(ClassName reader) {
        TypeName list = ParameterizedTypeName.get(LIST, T);
        return reader("readList", list).addTypeVariable(T)
                .addJavadoc("Reads an array; {@code null} elements stay {@code null}.\n")
                .addParameter(ParameterizedTypeName.get(reader, T), "element")
                .beginControlFlow("if (p.currentToken() != $T.START_ARRAY)", JSON_TOKEN)
                .addStatement("throw mismatch(p, $T.class, $S)", LIST, "an array")
                .endControlFlow()
                .addStatement("$T list = new $T<>()", list, ARRAY_LIST)
                .beginControlFlow("for ($T token = p.nextToken(); token != $T.END_ARRAY; token = p.nextToken())",
                        JSON_TOKEN, JSON_TOKEN)
                .beginControlFlow("try")
                .addStatement("list.add(token == $T.VALUE_NULL ? null : element.read(p, ctxt))", JSON_TOKEN)
                .nextControlFlow("catch ($T e)", MAPPING_EXCEPTION)
                .addStatement("throw $T.wrapWithPath(e, list, list.size())", MAPPING_EXCEPTION)
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $T.unmodifiableList(list)", COLLECTIONS)
                .build();
    }

    private MethodSpec readMap(ClassName reader) {
        TypeName map = ParameterizedTypeName.get(MAP, STRING, T);
        return reader("readMap", map).addTypeVariable(T)
                .addJavadoc("Reads an object used as a dictionary; {@code null} values stay {@code null}.\n")
                .addParameter(ParameterizedTypeName.get(reader, T), "value")
                .addStatement("$T map = new $T<>()", map, LINKED_HASH_MAP)
                .beginControlFlow("for ($T name = firstField(p, $T.class); name != null; name = p.nextFieldName())",
                        STRING, MAP)
                .addStatement("$T token = p.nextToken()", JSON_TOKEN)
                .beginControlFlow("try")
                .addStatement("map.put(name, token == $T.VALUE_NULL ? null : value.read(p, ctxt))", JSON_TOKEN)
                .nextControlFlow("catch ($T e)", MAPPING_EXCEPTION)
                .addStatement("throw $T.wrapWithPath(e, map, name)", MAPPING_EXCEPTION)
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $T.unmodifiableMap(map)", COLLECTIONS)
                .build();
    }

    private MethodSpec readObject() {
        return reader("readObject", OBJECT_NODE)
                .addJavadoc("Reads a whole object as a tree; when {@code atValue}, the parser is at the value of its "
                        + "first property.\n")
                .addParameter(TypeName.BOOLEAN, "atValue")
                .beginControlFlow("if (!atValue)")
                .addStatement("$T node = ctxt.readTree(p)", JSON_NODE)
                .beginControlFlow("if (node instanceof $T object)", OBJECT_NODE)
                .addStatement("return object")
                .endControlFlow()
                .addStatement("throw mismatch(p, $T.class, $S)", OBJECT_NODE, "an object")
                .endControlFlow()
                .addStatement("$T object = ctxt.getNodeFactory().objectNode()", OBJECT_NODE)
                .beginControlFlow("for ($T name = p.currentName(); name != null; name = p.nextFieldName())", STRING)
                .beginControlFlow("if (!object.isEmpty())")
                .addStatement("p.nextToken()")
                .endControlFlow()
                .addStatement("object.set(name, ctxt.readTree(p))")
                .endControlFlow()
                .addStatement("return object")
                .build();
    }

    private MethodSpec discriminate(ClassName discriminated) {
        return reader("discriminate", discriminated)
                .addJavadoc("Finds the discriminator {@code property} of an object. When it is the first property, "
                        + "the parser stops at its value and the\nbranch goes on from there; otherwise the object is "
                        + "buffered whole and replayed from its start: the way Jackson's own\npolymorphic types read, "
                        + "without class names. With {@code atValue}, the parser is at the value of the first "
                        + "property.\n")
                .addParameter(STRING, "property")
                .addParameter(TypeName.BOOLEAN, "atValue")
                .addStatement("$T token = atValue ? $T.FIELD_NAME : p.currentToken()", JSON_TOKEN, JSON_TOKEN)
                .beginControlFlow("if (token == $T.START_OBJECT)", JSON_TOKEN)
                .addStatement("token = p.nextToken()")
                .nextControlFlow("else if (token != $T.FIELD_NAME && token != $T.END_OBJECT)", JSON_TOKEN, JSON_TOKEN)
                .addStatement("throw mismatch(p, $T.class, $S)", OBJECT_NODE, "an object")
                .endControlFlow()
                .addStatement("boolean first = true")
                .addStatement("$T found = null", STRING)
                .addStatement("$T seen = null", TOKEN_BUFFER)
                .beginControlFlow("for (; token == $T.FIELD_NAME; token = p.nextToken(), first = false)", JSON_TOKEN)
                .addStatement("$T name = p.currentName()", STRING)
                .addStatement("$T valueToken = first && atValue ? p.currentToken() : p.nextToken()", JSON_TOKEN)
                .beginControlFlow("if (name.equals(property) && found == null)")
                .addStatement("found = valueToken == $T.VALUE_STRING ? p.getText() : null", JSON_TOKEN)
                .beginControlFlow("if (first)")
                .addStatement("return new $T(found, p, true)", discriminated)
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("if (seen == null)")
                .addStatement("seen = new $T(p, ctxt)", TOKEN_BUFFER)
                .addStatement("seen.writeStartObject()")
                .endControlFlow()
                .addStatement("seen.writeFieldName(name)")
                .addStatement("seen.copyCurrentStructure(p)")
                .endControlFlow()
                .beginControlFlow("if (seen == null)")
                .addStatement("seen = new $T(p, ctxt)", TOKEN_BUFFER)
                .addStatement("seen.writeStartObject()")
                .endControlFlow()
                .addStatement("seen.writeEndObject()")
                .addStatement("$T replay = seen.asParser(p)", JSON_PARSER)
                .addStatement("replay.nextToken()")
                .addStatement("return new $T(found, replay, false)", discriminated)
                .build();
    }

    private static MethodSpec.Builder writer(String name, TypeName type) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.STATIC)
                .addParameter(type, "value").addParameter(JSON_GENERATOR, "g").addParameter(PROVIDER, "provider")
                .addException(IO_EXCEPTION);
    }

    private static MethodSpec write(String name, TypeName type, String statement) {
        return writer(name, type).addStatement(statement).build();
    }

    private MethodSpec writeValued(ClassName valued) {
        return writer("writeValued", valued)
                .beginControlFlow("if (value.value() == null)")
                .addStatement("throw $T.from(g, $S + value + $S)", MAPPING_EXCEPTION, "",
                        " stands for a value the schema does not list and has no JSON text; keep the raw value in "
                                + "additionalProperties")
                .endControlFlow()
                .addStatement("g.writeString(value.value())")
                .build();
    }

    private MethodSpec writeList(ClassName writer) {
        return writer("writeList", ParameterizedTypeName.get(LIST, T)).addTypeVariable(T)
                .addParameter(ParameterizedTypeName.get(writer, T), "element")
                .addStatement("g.writeStartArray()")
                .beginControlFlow("for ($T item : value)", T)
                .beginControlFlow("if (item == null)")
                .addStatement("g.writeNull()")
                .nextControlFlow("else")
                .addStatement("element.write(item, g, provider)")
                .endControlFlow()
                .endControlFlow()
                .addStatement("g.writeEndArray()")
                .build();
    }

    private MethodSpec writeMap(ClassName writer) {
        return writer("writeMap", ParameterizedTypeName.get(MAP, STRING, T)).addTypeVariable(T)
                .addParameter(ParameterizedTypeName.get(writer, T), "entry")
                .addStatement("g.writeStartObject()")
                .beginControlFlow("for ($T.Entry<$T, $T> e : value.entrySet())", MAP, STRING, T)
                .addStatement("g.writeFieldName(e.getKey())")
                .beginControlFlow("if (e.getValue() == null)")
                .addStatement("g.writeNull()")
                .nextControlFlow("else")
                .addStatement("entry.write(e.getValue(), g, provider)")
                .endControlFlow()
                .endControlFlow()
                .addStatement("g.writeEndObject()")
                .build();
    }

    private MethodSpec writeExtra() {
        return writer("writeExtra", RAW_MAP)
                .addJavadoc("Writes the properties a record keeps beside its components, as they arrived.\n")
                .beginControlFlow("for ($T.Entry<$T, $T> e : value.entrySet())", MAP, STRING, JSON_NODE)
                .addStatement("g.writeFieldName(e.getKey())")
                .addStatement("e.getValue().serialize(g, provider)")
                .endControlFlow()
                .build();
    }

    private MethodSpec copyExtra() {
        return MethodSpec.methodBuilder("copyExtra").addModifiers(Modifier.STATIC).returns(RAW_MAP)
                .addParameter(RAW_MAP, "extra")
                .addStatement("return extra == null || extra.isEmpty() ? $T.of() : $T.unmodifiableMap(new $T<>(extra))",
                        MAP, COLLECTIONS, LINKED_HASH_MAP)
                .build();
    }

    private MethodSpec mismatch() {
        return MethodSpec.methodBuilder("mismatch").addModifiers(Modifier.STATIC).returns(MISMATCH)
                .addParameter(JSON_PARSER, "p")
                .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)), "type")
                .addParameter(STRING, "expected")
                .addStatement("return $T.from(p, type, $S + expected + $S + p.currentToken())", MISMATCH, "Expected ",
                        ", found ")
                .build();
    }
}
