package io.github.webhookgen.core.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
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
    private static final ClassName ARRAYS = ClassName.get(java.util.Arrays.class);
    private static final ClassName CHARSETS = ClassName.get(java.nio.charset.StandardCharsets.class);
    private static final ClassName INT_OPERATOR = ClassName.get(java.util.function.IntUnaryOperator.class);
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
                        .addJavadoc("A union's discriminator value (null when absent or not a string), and how its branch "
                                + "reads the object, as a decoder's\n{@code read} does: the properties read ahead from "
                                + "{@code prefix} (null when there were none), then the rest from\n{@code live}, from the "
                                + "value it stands at ({@code atValue}) or after it. Without a discriminator,\n"
                                + "{@code prefix} holds the whole object and {@code live} is null.\n")
                        .recordConstructor(MethodSpec.constructorBuilder()
                                .addParameter(STRING, "value").addParameter(JSON_PARSER, "prefix")
                                .addParameter(JSON_PARSER, "live").addParameter(TypeName.BOOLEAN, "atValue").build())
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
                .addMethod(readUnknown())
                .addMethod(readDiscriminator())
                .addMethod(readDateTime())
                .addMethod(readEnum())
                .addMethod(readEnumList())
                .addMethod(readList(reader))
                .addMethod(readMap(reader))
                .addMethod(discriminate(discriminated))
                .addMethod(startObject())
                .addMethod(replay())
                .addMethods(lastMember())
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
                .addMethod(repeated())
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

    private MethodSpec readUnknown() {
        return MethodSpec.methodBuilder("readUnknown").addModifiers(Modifier.STATIC).returns(OBJECT_NODE)
                .addJavadoc("Reads an object of a kind the schema does not declare, as a tree, the way a decoder's "
                        + "{@code read} does ({@code live}\nis null when {@code prefix} holds the whole object). The "
                        + "{@code discriminators} that led here may repeat only with the same string\nvalue.\n")
                .addParameter(JSON_PARSER, "prefix")
                .addParameter(JSON_PARSER, "live")
                .addParameter(CONTEXT, "ctxt")
                .addParameter(TypeName.BOOLEAN, "atValue")
                .addParameter(ArrayTypeName.of(STRING), "discriminators")
                .varargs(true)
                .addException(IO_EXCEPTION)
                .addStatement("$T object = ctxt.getNodeFactory().objectNode()", OBJECT_NODE)
                .addCode(Coders.openFields(CodeBlock.builder(), CodeBlock.of("firstField(p, $T.class)", OBJECT_NODE),
                        "p == live || live == null").build())
                .beginControlFlow("if (!resumed)")
                .addStatement("p.nextToken()")
                .endControlFlow()
                .addStatement("resumed = false")
                .addStatement("$T value = ctxt.readTree(p)", JSON_NODE)
                .addStatement("$T earlier = object.replace(name, value)", JSON_NODE)
                .beginControlFlow("if (earlier != null && $T.asList(discriminators).contains(name) "
                        + "&& !(earlier.isTextual() && earlier.equals(value)))", ARRAYS)
                .addStatement("throw $T.wrapWithPath(repeated(p, name), object, name)", MAPPING_EXCEPTION)
                .endControlFlow()
                .endControlFlow()
                .addStatement("return object")
                .build();
    }

    private MethodSpec readDiscriminator() {
        return reader("readDiscriminator", STRING)
                .addJavadoc("Reads a discriminator inside an object it chose; a repeat must have the value of the "
                        + "{@code earlier} one.\n")
                .addParameter(STRING, "earlier")
                .addStatement("$T value = readString(p, ctxt)", STRING)
                .beginControlFlow("if (earlier != null && !earlier.equals(value))")
                .addStatement("throw repeated(p, p.currentName())")
                .endControlFlow()
                .addStatement("return value")
                .build();
    }

    private MethodSpec repeated() {
        return MethodSpec.methodBuilder("repeated").addModifiers(Modifier.STATIC).returns(MISMATCH)
                .addJavadoc("A discriminator that repeats with another value: which kind of object this is would "
                        + "depend on the occurrence read.\n")
                .addParameter(JSON_PARSER, "p")
                .addParameter(STRING, "name")
                .addStatement("return $T.from(p, $T.class, $S + name + $S)", MISMATCH, STRING, "Property \"",
                        "\" repeats with a different value; it chooses the kind of object, so every occurrence must "
                                + "have the same value")
                .build();
    }

    private static List<MethodSpec> lastMember() {
        MethodSpec bytes = MethodSpec.methodBuilder("lastMember").addModifiers(Modifier.STATIC).returns(STRING)
                .addJavadoc("The value of the last property of the top-level object when it is named {@code name} "
                        + "and is a plain ASCII string\n(no escapes), or null. It reads only the end of the text; "
                        + "whether all of it is JSON is for the parser to find.\n")
                .addParameter(ArrayTypeName.of(TypeName.BYTE), "json")
                .addParameter(STRING, "name")
                .addStatement("int[] span = lastMember(json.length, i -> json[i], name)")
                .addStatement("return span == null ? null : new $T(json, span[0], span[1] - span[0], $T.US_ASCII)",
                        STRING, CHARSETS)
                .build();
        MethodSpec text = MethodSpec.methodBuilder("lastMember").addModifiers(Modifier.STATIC).returns(STRING)
                .addJavadoc("{@link #lastMember(byte[], String)} of a string.\n")
                .addParameter(STRING, "json")
                .addParameter(STRING, "name")
                .addStatement("int[] span = lastMember(json.length(), json::charAt, name)")
                .addStatement("return span == null ? null : json.substring(span[0], span[1])")
                .build();
        MethodSpec span = MethodSpec.methodBuilder("lastMember").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ArrayTypeName.of(TypeName.INT))
                .addJavadoc("Where the value of the last member named {@code name} starts and ends, read backwards "
                        + "from the end.\n")
                .addParameter(TypeName.INT, "length")
                .addParameter(INT_OPERATOR, "at")
                .addParameter(STRING, "name")
                .addStatement("int i = skipSpace(at, length - 1)")
                .beginControlFlow("if (i < 0 || at.applyAsInt(i) != '}')")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("i = skipSpace(at, i - 1)")
                .beginControlFlow("if (i < 0 || at.applyAsInt(i) != '\"')")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("int end = i")
                .addStatement("int c")
                .beginControlFlow("do")
                .addStatement("c = --i < 0 ? -1 : at.applyAsInt(i)")
                .endControlFlow("while (c >= 0x20 && c < 0x7f && c != '\"' && c != '\\\\')")
                .beginControlFlow("if (c != '\"')")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("int start = i + 1")
                .addStatement("i = skipSpace(at, i - 1)")
                .beginControlFlow("if (i < 0 || at.applyAsInt(i) != ':')")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("i = skipSpace(at, i - 1)")
                .addStatement("int open = i - name.length() - 1")
                .beginControlFlow("if (open < 0 || at.applyAsInt(i) != '\"' || at.applyAsInt(open) != '\"')")
                .addStatement("return null")
                .endControlFlow()
                .beginControlFlow("for (int k = 0; k < name.length(); k++)")
                .beginControlFlow("if (at.applyAsInt(open + 1 + k) != name.charAt(k))")
                .addStatement("return null")
                .endControlFlow()
                .endControlFlow()
                .addStatement("i = skipSpace(at, open - 1)")
                .addStatement("return i >= 0 && (at.applyAsInt(i) == ',' || at.applyAsInt(i) == '{') "
                        + "? new int[] {start, end} : null")
                .build();
        MethodSpec skip = MethodSpec.methodBuilder("skipSpace").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(TypeName.INT)
                .addParameter(INT_OPERATOR, "at")
                .addParameter(TypeName.INT, "i")
                .beginControlFlow("while (i >= 0)")
                .addStatement("int c = at.applyAsInt(i)")
                .beginControlFlow("if (c != ' ' && c != '\\t' && c != '\\n' && c != '\\r')")
                .addStatement("return i")
                .endControlFlow()
                .addStatement("i--")
                .endControlFlow()
                .addStatement("return -1")
                .build();
        return List.of(bytes, text, span, skip);
    }

    private MethodSpec discriminate(ClassName discriminated) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("discriminate").addModifiers(Modifier.STATIC)
                .returns(discriminated)
                .addJavadoc("Finds the discriminator {@code property} of an object read as a decoder's {@code read} "
                        + "reads it, and stops at its first\noccurrence: the properties before it are buffered and "
                        + "replayed to the branch, which goes on with {@code live} from\nthere. The way Jackson's own "
                        + "polymorphic types read, without class names, and without buffering anything after\nthe "
                        + "discriminator.\n")
                .addParameter(JSON_PARSER, "prefix")
                .addParameter(JSON_PARSER, "live")
                .addParameter(CONTEXT, "ctxt")
                .addParameter(STRING, "property")
                .addParameter(TypeName.BOOLEAN, "atValue")
                .addException(IO_EXCEPTION);
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T ahead = null", TOKEN_BUFFER)
                .addStatement("boolean located = false")
                .addStatement("$T found = null", STRING);
        Coders.openFields(body, CodeBlock.of("firstField(p, $T.class)", OBJECT_NODE), "p == live || located")
                .addStatement("$T token = resumed ? p.currentToken() : p.nextToken()", JSON_TOKEN)
                .addStatement("resumed = false")
                .beginControlFlow("if (!located && name.equals(property))")
                .add("// The first occurrence; any other must have the same value, which the branch checks\n")
                .addStatement("located = true")
                .addStatement("found = token == $T.VALUE_STRING ? p.getText() : null", JSON_TOKEN)
                .beginControlFlow("if (p == live)")
                .addStatement("return new $T(found, ahead == null ? null : replay(ahead, live), live, true)", discriminated)
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("if (ahead == null)")
                .addStatement("ahead = startObject(live, ctxt)")
                .endControlFlow()
                .addStatement("ahead.writeFieldName(name)")
                .addStatement("ahead.copyCurrentStructure(p)")
                .endControlFlow()
                .beginControlFlow("if (located)")
                .add("// Among the properties an enclosing union read ahead: replay them all, then go on where it stopped\n")
                .addStatement("return new $T(found, replay(ahead, live), live, atValue)", discriminated)
                .endControlFlow()
                .addStatement("return new $T(null, replay(ahead == null ? startObject(live, ctxt) : ahead, live), null, false)",
                        discriminated);
        return method.addCode(body.build()).build();
    }

    private static MethodSpec startObject() {
        return MethodSpec.methodBuilder("startObject").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(TOKEN_BUFFER)
                .addJavadoc("A buffer for the properties read ahead of a discriminator.\n")
                .addParameter(JSON_PARSER, "live")
                .addParameter(CONTEXT, "ctxt")
                .addException(IO_EXCEPTION)
                .addStatement("$T ahead = new $T(live, ctxt)", TOKEN_BUFFER, TOKEN_BUFFER)
                .addStatement("ahead.writeStartObject()")
                .addStatement("return ahead")
                .build();
    }

    private static MethodSpec replay() {
        return MethodSpec.methodBuilder("replay").addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(JSON_PARSER)
                .addJavadoc("Closes the buffered object and returns a parser at its start.\n")
                .addParameter(TOKEN_BUFFER, "ahead")
                .addParameter(JSON_PARSER, "live")
                .addException(IO_EXCEPTION)
                .addStatement("ahead.writeEndObject()")
                .addStatement("$T replay = ahead.asParser(live)", JSON_PARSER)
                .addStatement("replay.nextToken()")
                .addStatement("return replay")
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
