package io.github.webhookgen.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JavadocTest {

    @Test
    void markdownCodeSpansBecomeCode() {
        assertEquals("The {@code contentType} decides; see {@code a.b}.",
                Javadoc.text("The `contentType` decides; see `a.b`."));
    }

    @Test
    void proseIsEscapedButCodeIsShownLiterally() {
        assertEquals("a &lt; b &amp;&amp; {@code x < y} &#64;deprecated", Javadoc.text("a < b && `x < y` @deprecated"));
    }

    @Test
    void codeThatCannotStandInsideTheTagIsEscapedHtml() {
        assertEquals("<code>a{b</code>", Javadoc.code("a{b"));
        assertEquals("<code>*&#47;</code>", Javadoc.code("*/"));
        assertEquals("<code>&#92;u0041</code>", Javadoc.code("\\u0041"));
        assertEquals("<code> padded </code>", Javadoc.code(" padded "));
        assertEquals("{@code {a}}", Javadoc.code("{a}"));
        assertEquals("{@code \"a<b\"}", Javadoc.quoted("a<b"));
    }

    @Test
    void anUnclosedBacktickStaysText() {
        assertEquals("it costs `5", Javadoc.text("it costs `5"));
    }

    @Test
    void nothingBreaksTheSourceOrTheComment() {
        String text = Javadoc.text("ends */ here, \\u000A is a newline, @param is a tag");
        assertTrue(!text.contains("*/") && !text.contains("\\u") && !text.contains("@"), text);
    }

    @Test
    void longTextIsWrappedAtWordsAndInlineTagsStayWhole() {
        String words = "word ".repeat(30).strip() + " {@link SomeRatherLongTypeName} and {@code x y z}";
        String wrapped = Javadoc.wrapped(words);
        assertTrue(Arrays.stream(wrapped.split("\n")).allMatch(line -> line.length() <= 100), wrapped);
        assertTrue(wrapped.contains("{@link SomeRatherLongTypeName}"), wrapped);
        assertTrue(wrapped.contains("{@code x y z}"), wrapped);
        assertEquals(words, wrapped.replace('\n', ' '));
    }

    @Test
    void blockTagsHangTheirContinuationLines() {
        String tag = Javadoc.tag("@param value", "text ".repeat(40).strip());
        String[] lines = tag.split("\n");
        assertTrue(lines.length > 1, tag);
        assertTrue(lines[0].startsWith("@param value text"), tag);
        assertTrue(lines[1].startsWith("    text"), tag);
        assertTrue(tag.endsWith("\n"), tag);
    }

    @Test
    void paragraphsAreKept() {
        assertEquals("One.\n\nTwo.", Javadoc.wrapped(Javadoc.text("One.\r\n\r\nTwo.")));
    }
}
