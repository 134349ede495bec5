package dev.byline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class XmlDocumentTest {

    private static String written(XmlDocument xml) {
        return new String(xml.finish(), StandardCharsets.UTF_8);
    }

    @Test
    void elementsStandOneALineIndentedUnderTheDeclaration() {
        XmlDocument xml = new XmlDocument("urlset", "urn:x").attribute("xml:lang", "en");
        xml.open("url").text("loc", "a").empty("link").attribute("rel", "self").close();
        xml.open("none").close();

        assertThat(written(xml)).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="urn:x" xml:lang="en">
                  <url>
                    <loc>a</loc>
                    <link rel="self"/>
                  </url>
                  <none></none>
                </urlset>
                """);
    }

    @Test
    void textEscapesMarkupAndAttributesEscapeQuotesToo() {
        XmlDocument xml = fragment();
        xml.text("t", "<p a=\"1\">x & y</p>", "k", "<\"&\">");

        assertThat(new String(xml.fragmentBytes(), StandardCharsets.UTF_8))
                .isEqualTo("\n  <t k=\"&lt;&quot;&amp;&quot;&gt;\">&lt;p a=\"1\"&gt;x &amp; y&lt;/p&gt;</t>");
    }

    @Test
    void charactersBeyondAsciiAreWrittenAsUtf8() {
        XmlDocument xml = fragment();
        xml.text("t", "é “x” 中 \uD83D\uDE00");

        assertThat(xml.fragmentBytes())
                .isEqualTo("\n  <t>é “x” 中 \uD83D\uDE00</t>".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void charactersXmlForbidsAreLeftOutButTabsAndLineBreaksKept() {
        XmlDocument xml = fragment();
        xml.text("t", "a\u0000\u0007\f\tb\r\n\uFFFE\uFFFFc\uD800d\uDC00e\uD800\uD800\uDC00\uDC00",
                "k", "\u0001v");

        assertThat(new String(xml.fragmentBytes(), StandardCharsets.UTF_8))
                .isEqualTo("\n  <t k=\"v\">a\tb\r\ncde\uD800\uDC00</t>");
    }

    @Test
    void aLongValueIsWrittenWholeWithPairsAcrossItsChunksKept() {
        String value = ("x".repeat(255) + "\uD83D\uDE00<é").repeat(5);
        XmlDocument xml = fragment();
        xml.text("t", value);

        assertThat(new String(xml.fragmentBytes(), StandardCharsets.UTF_8))
                .isEqualTo("\n  <t>" + value.replace("<", "&lt;") + "</t>");
    }

    @Test
    void fragmentsGoIntoADocumentAsWritten() {
        XmlDocument entry = XmlDocument.fragment(1);
        entry.open("entry").text("id", "1").close();
        XmlDocument xml = new XmlDocument("feed", "urn:x").insert(List.of(entry.fragmentBytes()));

        assertThat(written(xml)).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="urn:x">
                  <entry>
                    <id>1</id>
                  </entry>
                </feed>
                """);
    }

    private static XmlDocument fragment() {
        return XmlDocument.fragment(1);
    }
}
