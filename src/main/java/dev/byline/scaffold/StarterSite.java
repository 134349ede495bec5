package dev.byline.scaffold;

import dev.byline.content.Slugs;
import dev.byline.yaml.YamlScalars;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files of a new site ({@code byline init}): commented settings, one example op-ed by one registered author, an
 * About page and a "Submit an op-ed" page (in the navigation) for the desk to adapt, a folder for pictures, and a
 * {@code .gitignore} for what builds make. It builds at once, with no warnings. The theme
 * stays built in, so that a new Byline's theme reaches the site; a writer copies only the templates they change.
 *
 * @param title      the site's title
 * @param authorName the example author's name; the file name (slug) comes from it
 * @param zone       the time zone dates are read in: the writer's own, as a rule
 * @param today      the example article's date, a day in {@code zone}
 */
public record StarterSite(String title, String authorName, ZoneId zone, LocalDate today) {

    /** Where pictures go: {@code content/static/images/x.jpg} is {@code /images/x.jpg} on the site. */
    public static final String IMAGES_FOLDER = "content/static/images/";
    /** For a folder whose name has no words, such as the root folder. */
    private static final String DEFAULT_TITLE = "Opinion";
    static final String ARTICLE_TITLE = "Why Every Community Needs an Opinion Page";
    /** For a name without a letter a slug can keep (in a script other than Latin, say). */
    private static final String FALLBACK_AUTHOR_SLUG = "writer";

    /** A title for a site in a folder of this name: {@code night-desk} gives "Night Desk". */
    public static String defaultTitle(String folderName) {
        String title = Words.capitalised(folderName);
        return title.isEmpty() ? DEFAULT_TITLE : title;
    }

    /** The example author's slug, the name of their file in {@code content/authors/}. */
    public String authorSlug() {
        String slug = Slugs.slugify(authorName);
        return slug.isEmpty() ? FALLBACK_AUTHOR_SLUG : slug;
    }

    /** Every file, by path relative to the site's folder with forward slashes, in a stable order. */
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("content/site.yaml", utf8(siteSettings()));
        files.put("content/articles/" + Slugs.slugify(ARTICLE_TITLE) + ".md", utf8(exampleArticle()));
        files.put("content/authors/" + authorSlug() + ".yaml", utf8(exampleAuthor()));
        files.put("content/pages/about.md", utf8(aboutPage()));
        files.put("content/pages/submit-an-op-ed.md", utf8(submissionPage()));
        // so that the folder for pictures is there, in git too; Byline never publishes a .gitkeep
        files.put(IMAGES_FOLDER + ".gitkeep", new byte[0]);
        files.put(".gitignore", utf8("""
                # made by byline build and byline serve; rebuilt from content/ and templates/ at any time
                site-out/
                .site-out.*
                .byline-cache/
                """));
        return files;
    }

    private String siteSettings() {
        return """
                # Site settings. Only title and baseUrl are required; every other line has a default.
                title: %s
                # The address the site will have: canonical links, feeds, the sitemap and social cards use it.
                baseUrl: https://example.org/
                description: "Opinion and analysis."
                language: en
                # Dates written without an offset (2025-08-15, 2025-10-01T08:30) are read in this time zone.
                timezone: %s
                # Articles per page on the index, author and tag pages.
                paginate: 10
                # Links relative to each page: the built site also works opened straight from site-out/index.html.
                relativeUrls: true
                # The kicker above every headline, and the articleSection search engines read.
                opinionLabel: Opinion
                # A note under every article; remove the # to show one.
                # disclaimer: "The views expressed are the authors' own."
                # The picture link previews (Facebook, X, LinkedIn) show for pages without one of their own: a PNG or
                # JPEG of at least 1200 x 630 px in content/static/ (SVGs are not shown). Remove the # and add the file;
                # image: {src: /images/card.png, alt: "What the card shows"} also says what it shows.
                # image: /images/card.png
                # The theme's accent colour (links, kicker, rules) as "#rrggbb" or "#rgb", in quotes: YAML reads an
                # unquoted # as a comment. Dark mode gets accentDark, or the accent mixed half and half with white.
                # accent: "#1d5e8c"
                # accentDark: "#8fb8d8"
                # Links after Latest, Authors and Tags in the navigation: a site path or a full web address. Pages of
                # content/pages/ with "nav: true" come after them.
                # nav:
                #   - title: Community
                #     url: /tags/community/
                # The footer's copyright line; default: "© <year of the newest article> <publisher>".
                # copyright: "© 2025 Your Name. Some rights reserved."
                # The publisher's policies, linked in the footer and given to search engines: each the slug of a page
                # in content/pages/ or a full web address (corrections, ethics, masthead, factChecking).
                # policies:
                #   corrections: corrections-policy
                #   ethics: https://example.org/standards/
                """.formatted(YamlScalars.quoted(title), YamlScalars.plainOrQuoted(zone.getId()));
    }

    private String exampleAuthor() {
        return """
                name: %s
                bio: "A sentence or two about the writer, shown under their articles and on their author page."
                # tagline: "is a senior studying history"   read after the name: "Jane Doe is a senior studying history."
                # avatar: /images/portrait.jpg       a file in content/static/, or a full URL
                # links:
                #   Website: https://example.net/
                """.formatted(YamlScalars.quoted(authorName));
    }

    private String exampleArticle() {
        return """
                ---
                title: %s
                date: %s
                author: %s
                description: "A town without a place to argue in public loses more than a newspaper section."
                tags: [community, media]
                ---

                When a town loses its local paper, the first thing to go is rarely the news. Meetings are still \
                held and budgets still pass. What goes is the argument: the place where a resident could say, in \
                public and under their own name, that the council had it wrong, and where the council had to \
                answer.

                ## An argument needs a room

                Comment threads and group chats are loud, but they are not a public square. Nobody edits them, \
                nobody checks a fact before it spreads, and nobody has to sign what they write. An opinion page \
                asks three things of a writer: make one claim, support it, and meet the strongest objection.

                > {.pull} A good op-ed changes at least one mind, and it is often the writer's own.

                The [Markdown guide](https://commonmark.org/help/) shows everything an article can use: headings, \
                quotes, lists, links and images.

                ## Start yours

                This article is a Markdown file in `content/articles/`; the lines between the `---` fences at the \
                top are its title, date, author, description and tags, and a quote that starts with `{.pull}` is set \
                large as a pull quote. Write your own with \
                `byline new "Your Headline"`, preview it with `byline serve`, and delete this one when you no \
                longer need it.
                """.formatted(YamlScalars.quoted(ARTICLE_TITLE), today, YamlScalars.plainOrQuoted(authorSlug()));
    }

    /** What the section is and who decides: the page readers look for first. */
    private String aboutPage() {
        String description = YamlScalars.quoted("What " + title + " publishes, who decides, and how to write for it.");
        return """
                ---
                title: About
                description: %s
                nav: true
                order: 1
                ---

                <!-- A page of content/pages/: edit it to describe your desk. Put your own address in place of \
                opinion@example.org, here and on the Submit an Op-Ed page. -->

                %s publishes opinion: arguments about our community and the decisions that shape it, each signed \
                by the person who makes it.

                ## What we publish

                - **Op-eds** by readers, one argument each, made with evidence, under the writer's own name.
                - **Columns** by our regular writers.
                - **Letters to the editor** answering something we published.

                Every piece says above its headline that it is opinion. Our news coverage, if we have any, is \
                edited separately.

                ## Who decides

                The opinion editors choose what runs. No one outside the desk, advertisers included, sees a piece \
                before it is published.

                ## Write for us

                We want to hear from people who disagree with us. Read [how to submit an op-ed](/submit-an-op-ed/), \
                or write to [opinion@example.org](mailto:opinion@example.org).
                """.formatted(description, title);
    }

    /** What a writer needs to know before sending a piece: what, how long, how, and what happens next. */
    private static String submissionPage() {
        return """
                ---
                title: Submit an Op-Ed
                description: "What we publish, how long a piece should be, and what happens after you send it."
                nav: true
                order: 2
                ---

                We read every submission and answer every one, usually within a week.

                ## What we are looking for

                An op-ed makes **one argument** and supports it. The best are about something the writer knows \
                first-hand: a decision about to be taken, a policy that affects your work or your street, a piece \
                we published that you think is wrong. Say what should happen, and why.

                We do not publish anonymous pieces, or pieces that have appeared elsewhere, a personal blog or \
                social media included.

                ## Length

                Between **600 and 900 words** for an op-ed; no more than **300 words** for a letter to the editor.

                ## How to send it

                Email [opinion@example.org](mailto:opinion@example.org) with:

                1. the piece, in the email or as an attached document (not a link to one);
                2. one line about who you are ("a nurse at the county hospital", "a junior studying chemistry");
                3. a phone number, so that an editor can reach you before publication;
                4. the source of every fact and figure: a link, a document, or the person who told you.

                ## Editing and fact-checking

                If we take your piece, an editor works on it with you. We edit for length, clarity and style, and \
                we write the headline; we never change what you argue without your agreement, and you see the \
                final version before it runs. An editor checks every factual claim against your sources; a claim \
                that cannot be supported is cut.

                ## Exclusivity

                Send a piece to us alone, and tell us if another publication accepts it first. Once we have \
                published it, share it freely; you may republish it elsewhere after 30 days, with a line saying \
                where it first appeared.
                """;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
