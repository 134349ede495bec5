package dev.byline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InjectionTest {

    private static final String MARKUP = "<script>live()</script>";

    @Test
    void markupGoesBeforeBodyEnd() {
        assertThat(inject("<html><body><p>Hi</p></body></html>\n"))
                .isEqualTo("<html><body><p>Hi</p><script>live()</script></body></html>\n");
    }

    @Test
    void markupGoesBeforeTheLastBodyEnd() {
        assertThat(inject("<body><pre>&lt;/body&gt; or </body> in text</pre></body>"))
                .isEqualTo("<body><pre>&lt;/body&gt; or </body> in text</pre><script>live()</script></body>");
    }

    @Test
    void bodyEndIsFoundInAnyCase() {
        assertThat(inject("<BODY>x</BODY></HTML>")).isEqualTo("<BODY>x<script>live()</script></BODY></HTML>");
    }

    @Test
    void pageWithoutBodyEndGetsMarkupAtTheEnd() {
        assertThat(inject("<p>fragment")).isEqualTo("<p>fragment<script>live()</script>");
        assertThat(inject("")).isEqualTo(MARKUP);
    }

    @Test
    void textAroundIsKeptExactly() {
        String page = "<body><h1>Café — “quoted” 📰 Grüße</h1></body>";

        assertThat(inject(page)).isEqualTo("<body><h1>Café — “quoted” 📰 Grüße</h1><script>live()</script></body>");
    }

    @Test
    void pageWithCharactersThatGrowWhenLowerCasedKeepsItsBodyEnd() {
        String page = "<body><p>İstanbul</p></body>";

        assertThat(inject(page)).isEqualTo("<body><p>İstanbul</p><script>live()</script></body>");
    }

    private static String inject(String page) {
        return new String(Injection.beforeBodyEnd(page.getBytes(StandardCharsets.UTF_8), MARKUP),
                StandardCharsets.UTF_8);
    }
}
