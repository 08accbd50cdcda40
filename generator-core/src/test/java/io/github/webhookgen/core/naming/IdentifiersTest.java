package io.github.webhookgen.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Turning JSON names and values into Java identifiers. */
class IdentifiersTest {

    @Test
    void wordsSplitOnPunctuationAndCaseChanges() {
        assertEquals(List.of("content", "Type"), Identifiers.words("contentType"));
        assertEquals(List.of("ms", "Messaging", "Event"), Identifiers.words("ms.MessagingEvent"));
        assertEquals(List.of("URL", "Value"), Identifiers.words("URLValue"));
        assertEquals(List.of("text", "plain"), Identifiers.words("text/plain"));
        assertEquals(List.of("caf"), Identifiers.words("café"));
    }

    @Test
    void upperCamelJoinsCapitalisedWords() {
        assertEquals("ContentType", Identifiers.upperCamel("content-type"));
        assertEquals("MsMessagingEventNotification", Identifiers.upperCamel("ms.MessagingEventNotification"));
        assertEquals("IBMWatsonInfo", Identifiers.upperCamel("IBMWatsonInfo"));
        assertEquals("SnakeCase", Identifiers.upperCamel("snake_case"));
    }

    @Test
    void upperCamelNeverStartsWithADigitOrIsEmpty() {
        assertEquals("T3dSecure", Identifiers.upperCamel("3d-secure"));
        assertEquals("Type", Identifiers.upperCamel("--"));
    }

    @Test
    void lowerCamelLowersTheFirstWordWhole() {
        assertEquals("contentType", Identifiers.lowerCamel("Content-Type"));
        assertEquals("url", Identifiers.lowerCamel("URL"));
        assertEquals("urlValue", Identifiers.lowerCamel("URLValue"));
        assertEquals("type", Identifiers.lowerCamel("@type"));
        assertEquals("sentTs", Identifiers.lowerCamel("sentTs"));
    }

    @Test
    void lowerCamelOfSomethingWithoutWordsOrStartingWithADigitIsStillAnIdentifier() {
        assertEquals("v123abc", Identifiers.lowerCamel("123abc"));
        assertEquals("value", Identifiers.lowerCamel(""));
        assertEquals("value", Identifiers.lowerCamel("日本"));
    }

    @Test
    void upperSnakeIsForEnumConstants() {
        assertEquals("TEXT_PLAIN", Identifiers.upperSnake("text/plain"));
        assertEquals("ON_HOLD", Identifiers.upperSnake("onHold"));
        assertEquals("V_1X", Identifiers.upperSnake("1x"));
        assertEquals("EMPTY", Identifiers.upperSnake(""));
    }

    @Test
    void verbatimKeepsTheNameAndReplacesWhatJavaDoesNotAllow() {
        assertEquals("ID", Identifiers.verbatim("ID"));
        assertEquals("a_b", Identifiers.verbatim("a-b"));
        assertEquals("_st", Identifiers.verbatim("1st"));
        assertEquals("日本", Identifiers.verbatim("日本"));
        assertEquals("value", Identifiers.verbatim("-"));
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
