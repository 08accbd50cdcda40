package io.github.webhookgen.core.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Java types jsonschema2pojo's keywords name, as Java source writes them (JLS §4.3, §4.5). */
class JavaTypeNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "java.util.UUID | java.util.UUID",
        "com.example.Money | com.example.Money",
        "com.example.money | com.example.money",
        "java.util.Map.Entry<String, Long> | java.util.Map.Entry<java.lang.String, java.lang.Long>",
        "String | java.lang.String",
        "Character.UnicodeScript | java.lang.Character.UnicodeScript",
        "int | java.lang.Integer",
        "byte[] | byte[]",
        "String [ ] [ ] | java.lang.String[][]",
        "java.util.Map<String,java.util.List<java.util.List<Boolean>>> | "
                + "java.util.Map<java.lang.String, java.util.List<java.util.List<java.lang.Boolean>>>",
        "java.util.Map<String, ?> | java.util.Map<java.lang.String, ?>",
        "java.util.List<? extends Number> | java.util.List<? extends java.lang.Number>",
        "java.util.List<? super Integer> | java.util.List<? super java.lang.Integer>",
        "java.util.List<int[]>[] | java.util.List<int[]>[]",
        "  java.time.LocalDate  | java.time.LocalDate"})
    void readsTypesAsJavaWritesThem(String text, String expected) throws JavaTypeNames.NotAType {
        assertEquals(expected, JavaTypeNames.parse(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Money | Money has no package, and java.lang has no class of that name: write the class with its package, "
                + "such as com.example.Money",
        "java.util.Map<String | '>' expected at the end",
        "java.util.Set<String>> | unexpected '>' at position 22",
        "java.util.List<int> | a type argument cannot be the primitive int",
        "com.example.class | 'class' is a Java keyword",
        "com..Money | unexpected '.' at position 5",
        "java.util.List< | a name is missing at the end",
        "'' | a name is missing at the end"})
    void rejectsWhatIsNotAType(String text, String reason) {
        assertEquals(reason, assertThrows(JavaTypeNames.NotAType.class, () -> JavaTypeNames.parse(text))
                .getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "int | an interface is a class type, not a primitive",
        "com.example.Money[] | an interface is a class type, not an array"})
    void anInterfaceIsAClassType(String text, String reason) {
        assertEquals(reason, assertThrows(JavaTypeNames.NotAType.class, () -> JavaTypeNames.parseInterface(text))
                .getMessage());
    }

    @org.junit.jupiter.api.Test
    void aGenericInterfaceIsOne() throws JavaTypeNames.NotAType {
        TypeName priced = JavaTypeNames.parseInterface("com.example.Priced<com.example.Money>");
        assertEquals(ClassName.get("com.example", "Priced"),
                ((com.palantir.javapoet.ParameterizedTypeName) priced).rawType());
    }
}
