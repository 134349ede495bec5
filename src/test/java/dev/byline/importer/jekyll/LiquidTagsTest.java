package dev.byline.importer.jekyll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.importer.BodyConversion;
import dev.byline.importer.BodyConversion.LeftTag;
import dev.byline.importer.LinkTargets;
import org.junit.jupiter.api.Test;

class LiquidTagsTest {

    private static BodyConversion converted(String body) {
        LinkTargets links = new LinkTargets();
        links.add("_posts/2024-04-02-ferry.markdown", "/articles/ferry/");
        links.add("news/_posts/2024-05-10-port-news.md", "/articles/port-news/");
        return BodyConversion.of(body, new LiquidTags(), links);
    }

    @Test
    void theSitesAddressGoesSinceSitePathsStartAtTheRoot() {
        BodyConversion body = converted("![a]({{ site.baseurl }}/x.png) [b]({{site.url}}{{ site.baseurl }}/y/) "
                + "[c]({{ '/z/' | relative_url }}) [d]({{ \"/w/\" | absolute_url }})");

        assertThat(body.body()).isEqualTo("![a](/x.png) [b](/y/) [c](/z/) [d](/w/)");
        assertThat(body.converted()).isEqualTo(5);
        assertThat(body.left()).isEmpty();
    }

    @Test
    void postUrlAndLinkBecomeThePostsNewAddress() {
        assertThat(converted("[f]({% post_url 2024-04-02-ferry %}) [n]({% link news/_posts/2024-05-10-port-news.md %})")
                .body()).isEqualTo("[f](/articles/ferry/) [n](/articles/port-news/)");
    }

    @Test
    void aLinkToNoImportedPostIsLeftAndListedWithItsLine() {
        BodyConversion body = converted("First\n\n[a]({% link about.md %})\n");

        assertThat(body.body()).isEqualTo("First\n\n[a]({% link about.md %})\n");
        assertThat(body.left()).containsExactly(new LeftTag(2, 2, "{% link about.md %}"));
    }

    @Test
    void highlightBecomesFencedCodeAndItsContentIsNotConverted() {
        assertThat(converted("{% highlight ruby linenos %}\nputs \"{{ x }}\"\n{% endhighlight %}\n").body())
                .isEqualTo("```ruby\nputs \"{{ x }}\"\n```\n");
    }

    @Test
    void rawKeepsWhatItHoldsAndCommentsGo() {
        BodyConversion body = converted("{% raw %}{{ page.title }}{% endraw %} {% comment %}note{% endcomment %}.");

        assertThat(body.body()).isEqualTo("{{ page.title }} .");
        assertThat(body.left()).isEmpty();
    }

    @Test
    void tagsInCodeAreWhatThePostShowsAndStay() {
        String body = "Call `{{ x }}`.\n\n```\nstd::{{closure}}\n```\n\n    {% indented %}\n";

        assertThat(converted(body).body()).isEqualTo(body);
        assertThat(converted(body).left()).isEmpty();
    }

    @Test
    void otherTagsAreLeftWithTheirLinesInTheOldAndTheNewBody() {
        BodyConversion body = converted("{% comment %}\na\nb\n{% endcomment %}\n{% include ad.html %}\n"
                + "{{ page.title | upcase }}");

        assertThat(body.left()).containsExactly(new LeftTag(4, 1, "{% include ad.html %}"),
                new LeftTag(5, 2, "{{ page.title | upcase }}"));
    }
}
