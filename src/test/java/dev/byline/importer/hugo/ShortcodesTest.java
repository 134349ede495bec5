package dev.byline.importer.hugo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.importer.BodyConversion;
import dev.byline.importer.BodyConversion.LeftTag;
import dev.byline.importer.LinkTargets;
import org.junit.jupiter.api.Test;

class ShortcodesTest {

    private static BodyConversion converted(String body) {
        LinkTargets links = new LinkTargets();
        links.add("content/posts/parking.md", "/articles/parking/");
        links.add("content/posts/bundle/index.md", "/articles/bundle/");
        return BodyConversion.of(body, new Shortcodes(), links);
    }

    @Test
    void figureIsAnImageWithItsCaptionBelowAndItsLink() {
        assertThat(converted("{{< figure src=\"/a.png\" alt=\"Ships\" caption=\"By hour\" link=\"/big.png\" >}}")
                .body()).isEqualTo("[![Ships](/a.png)](/big.png)\n\n*By hour*");
        assertThat(converted("{{< figure src=\"a.png\" title=\"T\" >}}").body()).isEqualTo("![T](a.png)");
    }

    @Test
    void embedsBecomeLinksToWhatTheyShowed() {
        assertThat(converted("{{< youtube dQw4w9WgXcQ >}} {{< youtube id=\"abc\" >}} {{< vimeo 42 >}}").body())
                .isEqualTo("[Watch the video on YouTube](https://www.youtube.com/watch?v=dQw4w9WgXcQ) "
                        + "[Watch the video on YouTube](https://www.youtube.com/watch?v=abc) "
                        + "[Watch the video on Vimeo](https://vimeo.com/42)");
        assertThat(converted("{{< gist spf13 7896402 \"img.html\" >}}").body())
                .isEqualTo("[See the code on GitHub](https://gist.github.com/spf13/7896402#file-img-html)");
    }

    @Test
    void refAndRelrefBecomeThePostsNewAddressWithTheAnchor() {
        assertThat(converted("[p]({{< ref \"posts/parking.md\" >}}) [b]({{% relref \"/posts/bundle#part\" %}})")
                .body()).isEqualTo("[p](/articles/parking/) [b](/articles/bundle/#part)");
    }

    @Test
    void highlightBecomesFencedCode() {
        assertThat(converted("{{< highlight go \"linenos=table\" >}}\nfmt.Println(1)\n{{< /highlight >}}").body())
                .isEqualTo("```go\nfmt.Println(1)\n```");
    }

    @Test
    void aShortcodeInCommentMarksIsShownAsTheShortcodeItself() {
        assertThat(converted("Write {{</* figure src=\"x\" */>}} to show one.").body())
                .isEqualTo("Write {{< figure src=\"x\" >}} to show one.");
    }

    @Test
    void otherShortcodesAndUnknownReferencesAreLeftAndListed() {
        BodyConversion body = converted("{{< tweet user=\"x\" id=\"1\" >}}\n{{< ref \"missing.md\" >}}\n"
                + "```\n{{< in-code >}}\n```\n");

        assertThat(body.left()).containsExactly(new LeftTag(0, 0, "{{< tweet user=\"x\" id=\"1\" >}}"),
                new LeftTag(1, 1, "{{< ref \"missing.md\" >}}"));
        assertThat(body.converted()).isZero();
    }
}
