package io.github.webhookgen.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

/** Turning JSON names and values into Java identifiers. */
class IdentifiersTest {

    @Test
    void wordsSplitOnPunctuationAndCaseChanges() {
        assertEquals(List.of("content", "Type"), Identifiers.words("contentType"));
        assertEquals(List.of("ms", "Messaging", "Event"), Identifiers.words("ms.MessagingEvent"));
        assertEquals(List.of("URL", "Value"), Identifiers.words("URLValue"));
        assertEquals(List.of("text", "plain"), Identifiers.words("text/plain"));
    }

    @Test
    void wordsKeepTheLettersOfEveryScript() {
        assertEquals(List.of("café"), Identifiers.words("café"));
        assertEquals(List.of("cafe\u0301"), Identifiers.words("cafe\u0301"),
                "a combining accent stays with its letter");
        assertEquals(List.of("größe"), Identifiers.words("größe"));
        assertEquals(List.of("test", "Поле"), Identifiers.words("testПоле"));
        assertEquals(List.of("名前"), Identifiers.words("名前"));
        assertEquals(List.of("日本語", "text"), Identifiers.words("日本語 text"));
        assertEquals(List.of("Straße", "Nr"), Identifiers.words("Straße-Nr"));
    }

    @Test
    void upperCamelJoinsCapitalisedWords() {
        assertEquals("ContentType", Identifiers.upperCamel("content-type"));
        assertEquals("MsMessagingEventNotification", Identifiers.upperCamel("ms.MessagingEventNotification"));
        assertEquals("IBMWatsonInfo", Identifiers.upperCamel("IBMWatsonInfo"));
        assertEquals("SnakeCase", Identifiers.upperCamel("snake_case"));
        assertEquals("Größe", Identifiers.upperCamel("größe"));
        assertEquals("名前", Identifiers.upperCamel("名前"));
        assertEquals("ÜberFeld", Identifiers.upperCamel("über_feld"));
    }

    @Test
    void upperCamelNeverStartsWithADigitOrIsEmpty() {
        assertEquals("T3dSecure", Identifiers.upperCamel("3d-secure"));
        assertEquals("MinusMinus", Identifiers.upperCamel("--"));
        assertEquals("Type", Identifiers.upperCamel(""));
    }

    @Test
    void lowerCamelLowersTheFirstWordWhole() {
        assertEquals("contentType", Identifiers.lowerCamel("Content-Type"));
        assertEquals("url", Identifiers.lowerCamel("URL"));
        assertEquals("urlValue", Identifiers.lowerCamel("URLValue"));
        assertEquals("type", Identifiers.lowerCamel("@type"));
        assertEquals("sentTs", Identifiers.lowerCamel("sentTs"));
        assertEquals("größe", Identifiers.lowerCamel("größe"));
        assertEquals("testПоле", Identifiers.lowerCamel("testПоле"));
        assertEquals("über", Identifiers.lowerCamel("ÜBER"));
        assertEquals("名前", Identifiers.lowerCamel("名前"));
    }

    @Test
    void lowerCamelOfSomethingWithoutWordsOrStartingWithADigitIsStillAnIdentifier() {
        assertEquals("v123abc", Identifiers.lowerCamel("123abc"));
        assertEquals("value", Identifiers.lowerCamel(""));
        assertEquals("日本", Identifiers.lowerCamel("日本"));
    }

    @Test
    void upperSnakeIsForEnumConstants() {
        assertEquals("TEXT_PLAIN", Identifiers.upperSnake("text/plain"));
        assertEquals("ON_HOLD", Identifiers.upperSnake("onHold"));
        assertEquals("V_1X", Identifiers.upperSnake("1x"));
        assertEquals("EMPTY", Identifiers.upperSnake(""));
        assertEquals("FRANÇAIS", Identifiers.upperSnake("français"));
        assertEquals("日本語", Identifiers.upperSnake("日本語"));
        assertEquals("GRÖSSE", Identifiers.upperSnake("größe"));
    }

    @Test
    void symbolsAloneAreNamed() {
        assertEquals("PLUS", Identifiers.upperSnake("+"));
        assertEquals("MINUS", Identifiers.upperSnake("-"));
        assertEquals("ASTERISK", Identifiers.upperSnake("*"));
        assertEquals("SLASH", Identifiers.upperSnake("/"));
        assertEquals("DOT", Identifiers.upperSnake("."));
        assertEquals("LESS_THAN", Identifiers.upperSnake("<"));
        assertEquals("GREATER_THAN_OR_EQUAL", Identifiers.upperSnake(">="));
        assertEquals("NOT_EQUAL", Identifiers.upperSnake("!="));
        assertEquals("DOUBLE_EQUALS", Identifiers.upperSnake("=="));
        assertEquals("PLUS_MINUS", Identifiers.upperSnake("+-"));
        assertEquals("SPACE", Identifiers.upperSnake(" "));
        assertEquals("EURO_SIGN", Identifiers.upperSnake("€"));
        assertEquals("plus", Identifiers.lowerCamel("+"));
        assertEquals("greaterThanOrEqual", Identifiers.lowerCamel(">="));
        assertEquals("dollar", Identifiers.lowerCamel("$"));
        assertEquals("Asterisk", Identifiers.upperCamel("*"));
    }

    @Test
    void symbolsThatCarryMeaningAreNamedAlsoBesideWords() {
        assertEquals("C_PLUS_PLUS", Identifiers.upperSnake("c++"));
        assertEquals("A_PLUS_B", Identifiers.upperSnake("a+b"));
        assertEquals("MINUS_1", Identifiers.upperSnake("-1"));
        assertEquals("PLUS_1", Identifiers.upperSnake("+1"));
        assertEquals("MINUS_CREATED_AT", Identifiers.upperSnake("-createdAt"));
        assertEquals("V_100_PERCENT", Identifiers.upperSnake("100%"));
        assertEquals("X_GREATER_THAN_OR_EQUAL_5", Identifiers.upperSnake("x>=5"));
        assertEquals("C_HASH", Identifiers.upperSnake("c#"));
        assertEquals("V_10_EURO_SIGN", Identifiers.upperSnake("10€"));
        assertEquals("cPlusPlus", Identifiers.lowerCamel("c++"));
        assertEquals("minus1", Identifiers.lowerCamel("-1"));
    }

    @Test
    void symbolsThatOnlySeparateWordsAreDropped() {
        assertEquals("V_1_5", Identifiers.upperSnake("1.5"));
        assertEquals("A_1", Identifiers.upperSnake("a-1"));
        assertEquals("ON_HOLD", Identifiers.upperSnake("on-hold"));
        assertEquals("EMAIL_DOMAIN", Identifiers.upperSnake("email@domain"));
        assertEquals("myRole", Identifiers.lowerCamel("__myRole"));
        assertEquals("ref", Identifiers.lowerCamel("$ref"));
    }

    @Test
    void verbatimKeepsTheNameAndReplacesWhatJavaDoesNotAllow() {
        assertEquals("ID", Identifiers.verbatim("ID", "v"));
        assertEquals("a_b", Identifiers.verbatim("a-b", "v"));
        assertEquals("v1st", Identifiers.verbatim("1st", "v"));
        assertEquals("V_1x", Identifiers.verbatim("1x", "V_"));
        assertEquals("_type", Identifiers.verbatim("@type", "v"));
        assertEquals("_ref", Identifiers.verbatim("$ref", "v"));
        assertEquals("日本", Identifiers.verbatim("日本", "v"));
        assertNull(Identifiers.verbatim("-", "v"), "nothing would be left of it");
    }

    @Test
    void symbolWordsSayHowANameIsWritten() {
        assertEquals(List.of("Hyphen"), Identifiers.symbolWords("max-size"));
        assertEquals(List.of("Underscore"), Identifiers.symbolWords("max_size"));
        assertEquals(List.of("Dot", "Underscore"), Identifiers.symbolWords("a.b_c.d"));
        assertEquals(List.of(), Identifiers.symbolWords("maxSize"));
    }

    @Test
    void everyResultIsAJavaIdentifier() {
        List<String> inputs = List.of("", " ", "-", "_", "__", "$", "1", "1.5", "-1", "+", "a+b", "c++", "größe",
                "testПоле", "名前", "日本語", "ß", "ǆemal", "e\u0301", "\u0301", "😀", "a😀b", "\u0000", "\t",
                "class", "٣", "٣x", "x٣", "ⅻ", "Ⅻ", "IV", "-_-", "a\u200Bb", "\uD800");
        for (String input : inputs) {
            for (String name : List.of(Identifiers.upperCamel(input), Identifiers.lowerCamel(input),
                    Identifiers.upperSnake(input))) {
                assertTrue(SourceVersion.isIdentifier(name), () -> "'" + input + "' gave '" + name + "'");
            }
            String verbatim = Identifiers.verbatim(input, "v");
            assertTrue(verbatim == null || SourceVersion.isIdentifier(verbatim), () -> input + " gave " + verbatim);
        }
    }

    @Test
    void singularOfCommonEnglishPlurals() {
        assertEquals("Reply", Identifiers.singular("Replies"));
        assertEquals("Change", Identifiers.singular("Changes"));
        assertEquals("Box", Identifiers.singular("Boxes"));
        assertEquals("Address", Identifiers.singular("Addresses"));
        assertEquals("Dispatch", Identifiers.singular("Dispatches"));
        assertEquals("Status", Identifiers.singular("Status"));
        assertEquals("Analysis", Identifiers.singular("Analysis"));
        assertEquals("Bus", Identifiers.singular("Bus"));
    }
}
