package dev.byline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.assemble.PublishingRules;
import dev.byline.build.BuildProgress;
import dev.byline.build.BuildRequest;
import dev.byline.build.Pipeline;
import dev.byline.diag.Diagnostic;
import dev.byline.testing.TestSites;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Timeout(60)
class PreviewSessionTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static final String SITE_YAML = """
            title: Harbour Town Review
            baseUrl: https://example.org/
            timezone: UTC
            """;
    private static final String FIRST = """
            ---
            title: "Keep the Ferry Running"
            date: 2025-02-03
            author: ada-byron
            tags: [transport]
            ---

            The ferry is the cheapest bridge the town will ever have.
            """;
    private static final String SECOND = """
            ---
            title: "Open the Library on Sundays"
            date: 2025-01-20
            author: ada-byron
            ---

            Sunday is the only day many readers are free.
            """;
    private static final String CSS = "body { color: #123456; }\n";

    @TempDir
    Path temp;

    private Path content;
    private Path templates;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private PreviewSession session;

    @BeforeEach
    void startPreview() throws IOException {
        content = temp.resolve("content");
        templates = temp.resolve("templates");
        TestSites.copyTree(TestSites.theme(), templates);
        write("site.yaml", SITE_YAML);
        write("articles/first.md", FIRST);
        write("articles/second.md", SECOND);
        write("authors/ada-byron.yaml", "name: Ada Byron\nbio: \"Writes about engines.\"\n");
        write("static/css/extra.css", CSS);
        write("static/files/handout.txt", "Agenda for Monday\n");
        Files.createDirectories(content.resolve("static/images"));
        Files.write(content.resolve("static/images/x.png"), png(4, 3));

        Pipeline builds = new Pipeline(new BuildRequest(content, templates, temp.resolve("site-out"),
                TestSites.templateCache(), temp, null, false, new PublishingRules(true, true, Instant.now())));
        session = PreviewSession.start(builds, new InetSocketAddress("127.0.0.1", 0), false,
                new PrintWriter(out, true), new PrintWriter(err, true), Diagnostic::format);
        assertThat(err.toString()).as("the test site builds cleanly").isEmpty();
    }

    @AfterEach
    void closePreview() throws IOException {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void firstBuildIsServed() throws Exception {
        assertThat(session.url("127.0.0.1")).isEqualTo("http://127.0.0.1:" + session.port() + "/");
        assertThat(body("/articles/first/")).contains("The ferry is the cheapest bridge");
        assertThat(body("/")).contains("Keep the Ferry Running", "Open the Library on Sundays");
        assertThat(out.toString()).contains("Built 2 articles");
    }

    @Test
    void editedArticleTextIsServedAfterRebuild() throws Exception {
        write("articles/first.md", FIRST.replace("cheapest bridge", "cheapest and most reliable bridge"));

        rebuild("articles/first.md");

        assertThat(body("/articles/first/")).contains("The ferry is the cheapest and most reliable bridge")
                .doesNotContain("the cheapest bridge");
    }

    @Test
    void aParagraphAddedToAnArticleReRendersOnlyItsPageAndFeeds() throws Exception {
        String index = body("/");
        write("articles/first.md", FIRST + "\nA second paragraph, about the timetable.\n");

        rebuild("articles/first.md");

        assertThat(body("/articles/first/")).contains("A second paragraph, about the timetable.");
        assertThat(body("/feed.xml")).contains("A second paragraph, about the timetable.");
        assertThat(body("/")).isEqualTo(index);
        // its page and the five feeds listing it (the site's Atom, JSON and RSS feeds, its author's and its tag's);
        // the other article's page links to it by headline only, which did not change
        assertThat(out.toString()).contains("rendered 6 files again");
    }

    @Test
    void brokenArticleKeepsTheLastGoodPageAndShowsTheProblem() throws Exception {
        String good = body("/articles/first/");
        write("articles/first.md", FIRST.replace("date: 2025-02-03", "date: 2025-02-30")
                .replace("cheapest bridge", "cheapest broken bridge"));

        rebuild("articles/first.md");

        HttpResponse<String> plain = get("/articles/first/");
        HttpResponse<String> browser = browser("/articles/first/");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.body()).isEqualTo(good);
        assertThat(browser.statusCode()).isEqualTo(200);
        assertThat(browser.body()).contains("id=\"byline-errors\"", "content/articles/first.md:3:7: error:",
                "The ferry is the cheapest bridge");
        assertThat(err.toString()).containsPattern("(?m)^content/articles/first\\.md:3:7: error: .*")
                .contains("still serving the last good site");
    }

    @Test
    void fileNameWithAnEscapeSequenceIsShownEscapedInTheTerminalAndTheOverlay() throws Exception {
        String name = "articles/bad\u0007name\u001b[31m.md";
        write(name, FIRST.replace("date: 2025-02-03", "date: 2025-02-30"));

        rebuild(name);

        String shown = "content/articles/bad\\u0007name\\u001b[31m.md:3:7: error:";
        assertThat(browser("/").body()).contains("id=\"byline-errors\"", shown).doesNotContain("\u001b", "\u0007");
        assertThat(err.toString()).contains(shown).doesNotContain("\u001b", "\u0007");
    }

    @Test
    void fixingABrokenArticleRemovesTheOverlay() throws Exception {
        write("articles/first.md", FIRST.replace("date: 2025-02-03", "date: 2025-02-30"));
        rebuild("articles/first.md");
        assertThat(browser("/").body()).contains("byline-errors");

        write("articles/first.md", FIRST.replace("cheapest bridge", "cheapest, fixed bridge"));
        rebuild("articles/first.md");

        HttpResponse<String> page = browser("/articles/first/");
        assertThat(page.body()).doesNotContain("byline-errors").contains("cheapest, fixed bridge", "EventSource");
        assertThat(browser("/").body()).doesNotContain("byline-errors");
    }

    @Test
    void addedArticleGetsAPageAndIsListedOnTheIndex() throws Exception {
        assertThat(get("/articles/third/").statusCode()).isEqualTo(404);
        write("articles/third.md", """
                ---
                title: "Plant Trees Along the Quay"
                date: 2025-03-01
                author: ada-byron
                ---

                Shade is infrastructure.
                """);

        rebuild("articles/third.md");

        HttpResponse<String> page = get("/articles/third/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Shade is infrastructure.");
        assertThat(body("/")).contains("Plant Trees Along the Quay");
    }

    @Test
    void deletedArticleIs404AndLeavesTheIndex() throws Exception {
        Files.delete(content.resolve("articles/second.md"));

        rebuild("articles/second.md");

        HttpResponse<String> page = get("/articles/second/");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).isEqualTo(body("/404.html"));
        assertThat(body("/")).doesNotContain("Open the Library on Sundays").contains("Keep the Ferry Running");
    }

    @Test
    void changedStaticCssIsTheOnlyFileMadeAgainAndIsSwappedInPages() throws Exception {
        BlockingQueue<String> events = events();
        String builtBefore = out.toString();

        write("static/css/extra.css", "body { color: #abcdef; }\n");
        rebuild("static/css/extra.css");

        assertThat(body("/css/extra.css")).isEqualTo("body { color: #abcdef; }\n");
        String printed = out.toString().substring(builtBefore.length());
        assertThat(printed).contains("rendered 1 file again");
        assertThat(nextEvent(events)).isEqualTo("event: css");
    }

    @Test
    void changedThemeAssetIsTheOnlyFileMadeAgain() throws Exception {
        String builtBefore = out.toString();
        String original = Files.readString(templates.resolve("assets/style.css"));

        Files.writeString(templates.resolve("assets/style.css"), original + "\n.marker { color: red; }\n");
        session.rebuild(batch(templates.resolve("assets/style.css")));

        assertThat(body("/assets/style.css")).endsWith(".marker { color: red; }\n");
        assertThat(out.toString().substring(builtBefore.length())).contains("rendered 1 file again");
    }

    @Test
    void newStaticFileIsServed() throws Exception {
        assertThat(get("/files/minutes.txt").statusCode()).isEqualTo(404);
        write("static/files/minutes.txt", "Minutes of Monday\n");

        rebuild("static/files/minutes.txt");

        HttpResponse<String> file = get("/files/minutes.txt");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo("Minutes of Monday\n");
    }

    @Test
    void newStaticFolderIsServed() throws Exception {
        write("static/downloads/flyer.txt", "Come to the meeting\n");

        session.rebuild(batch(content.resolve("static/downloads"), content.resolve("static/downloads/flyer.txt")));

        assertThat(body("/downloads/flyer.txt")).isEqualTo("Come to the meeting\n");
    }

    @Test
    void deletedStaticFileIs404() throws Exception {
        assertThat(get("/files/handout.txt").statusCode()).isEqualTo(200);
        BlockingQueue<String> events = events();
        Files.delete(content.resolve("static/files/handout.txt"));

        rebuild("static/files/handout.txt");

        assertThat(get("/files/handout.txt").statusCode()).isEqualTo(404);
        assertThat(nextEvent(events)).isEqualTo("event: reload");
    }

    @Test
    void staticLinkLeadingOutOfTheSiteIsNeverServed() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "not for publication\n");
        Files.createSymbolicLink(content.resolve("static/leak.txt"), secret);

        rebuild("static/leak.txt");

        assertThat(get("/leak.txt").statusCode()).isEqualTo(404);
        assertThat(err.toString()).contains("content/static/leak.txt: error: symbolic link to a place outside");
        Files.delete(content.resolve("static/leak.txt")); // JUnit would warn about a link leaving its folder
    }

    @Test
    void staticFileTakingAPagesPlaceIsRefusedAsInABuild() throws Exception {
        String front = get("/").body();
        write("static/index.html", "<p>not the front page</p>\n");

        rebuild("static/index.html");

        assertThat(get("/").body()).isEqualTo(front);
        assertThat(err.toString()).contains("content/static/index.html: error: would be written to index.html");
    }

    @Test
    void staticFolderMovedAwayTakesItsFilesWithIt() throws Exception {
        assertThat(get("/files/handout.txt").statusCode()).isEqualTo(200);
        Files.move(content.resolve("static/files"), temp.resolve("elsewhere"));

        rebuild("static/files");

        assertThat(get("/files/handout.txt").statusCode()).isEqualTo(404);
    }

    @Test
    void templateEditShowsOnTheNextRebuild() throws Exception {
        Path article = templates.resolve("article.jte");
        String original = Files.readString(article);
        assertThat(original).contains("<h1>${article.title()}</h1>");
        Files.writeString(article, original.replace("<h1>${article.title()}</h1>",
                "<h1>${article.title()}</h1><p class=\"test-marker\">Zanzibar</p>"));

        session.rebuild(batch(article));

        assertThat(body("/articles/first/")).contains("<p class=\"test-marker\">Zanzibar</p>");
        assertThat(body("/articles/second/")).contains("Zanzibar");
        assertThat(body("/")).doesNotContain("Zanzibar");
    }

    @Test
    void siteTitleChangeShowsOnEveryPage() throws Exception {
        assertThat(body("/")).contains("Harbour Town Review");
        write("site.yaml", SITE_YAML.replace("Harbour Town Review", "Quayside Courier"));

        rebuild("site.yaml");

        for (String path : new String[] {"/", "/articles/first/", "/articles/second/", "/404.html"}) {
            assertThat(body(path)).as(path).contains("Quayside Courier").doesNotContain("Harbour Town Review");
        }
        assertThat(body("/feed.xml")).contains("Quayside Courier");
    }

    @Test
    void rebuildTellsOpenPagesToReload() throws Exception {
        BlockingQueue<String> events = events();
        write("articles/first.md", FIRST.replace("cheapest bridge", "cheapest bridge of all"));

        rebuild("articles/first.md");

        assertThat(nextEvent(events)).isEqualTo("event: reload");
    }

    @Test
    void editorBackupInStaticIsNotServedSinceTheBuildSkipsIt() throws Exception {
        write("static/css/extra.css~", "body { color: #000; }\n");

        rebuild("static/css/extra.css~");

        assertThat(get("/css/extra.css~").statusCode()).isEqualTo(404);
    }

    @Test
    void replacedImageGivesArticlesUsingItItsNewSize() throws Exception {
        write("articles/map.md", """
                ---
                title: "A Map of the Harbour"
                date: 2025-03-02
                author: ada-byron
                ---

                ![The harbour](/images/x.png)
                """);
        rebuild("articles/map.md");
        assertThat(body("/articles/map/")).contains("width=\"4\"", "height=\"3\"");

        Files.write(content.resolve("static/images/x.png"), png(8, 6));
        rebuild("static/images/x.png");

        assertThat(body("/articles/map/")).contains("width=\"8\"", "height=\"6\"");
    }

    @Test
    void missingAvatarIsOneErrorAtItsLineUntilThePictureIsAdded() throws Exception {
        write("authors/ada-byron.yaml", "name: Ada Byron\nbio: \"Writes about engines.\"\navatar: /images/ada.png\n");
        rebuild("authors/ada-byron.yaml");

        assertThat(err.toString().lines().filter(line -> line.contains("avatar")))
                .containsExactly("content/authors/ada-byron.yaml:3:9: error: avatar /images/ada.png does not exist; "
                        + "put the file at content/static/images/ada.png or fix the path");
        assertThat(browser("/").body()).contains("byline-errors");

        Files.write(content.resolve("static/images/ada.png"), png(2, 2));
        rebuild("static/images/ada.png");

        assertThat(browser("/").body()).doesNotContain("byline-errors");
        assertThat(body("/authors/ada-byron/")).contains("/images/ada.png");
    }

    @Test
    void draftsAndScheduledPiecesAreMarkedInEveryListWhileLeadStoryAndCopyrightStayThoseOfTheRealBuild()
            throws Exception {
        write("articles/draft.md", """
                ---
                title: "Close the Harbour Road"
                date: 2025-03-01
                author: ada-byron
                tags: [transport]
                draft: true
                ---

                Not ready yet.
                """);
        write("articles/scheduled.md", """
                ---
                title: "Tolls for the Tunnel"
                date: 2099-03-03
                author: ada-byron
                tags: [transport]
                ---

                Embargoed until March.
                """);
        session.rebuild(batch(content.resolve("articles/draft.md"), content.resolve("articles/scheduled.md")));

        Document index = Jsoup.parse(body("/"));
        assertThat(index.select(".lead-story h2").text()).as("the real build's lead story")
                .isEqualTo("Keep the Ferry Running");
        assertThat(index.select(".article-list h2").eachText()).as("held pieces in date order, marked")
                .containsExactly("Tolls for the Tunnel Scheduled for March 3, 2099", "Close the Harbour Road Draft",
                        "Open the Library on Sundays");
        assertThat(index.select(".copyright").text()).isEqualTo("© 2025 Harbour Town Review");
        assertThat(Jsoup.parse(body("/authors/ada-byron/")).select(".article-list h3").eachText()).containsExactly(
                "Tolls for the Tunnel Scheduled for March 3, 2099", "Close the Harbour Road Draft",
                "Keep the Ferry Running", "Open the Library on Sundays");
        assertThat(Jsoup.parse(body("/tags/transport/")).select(".article-list h2").eachText()).containsExactly(
                "Tolls for the Tunnel Scheduled for March 3, 2099", "Close the Harbour Road Draft",
                "Keep the Ferry Running");
        Document ferry = Jsoup.parse(body("/articles/first/"));
        assertThat(ferry.select(".article-nav a[rel=next]").text()).isEqualTo("Next Close the Harbour Road Draft");
        assertThat(ferry.select(".related h3").eachText()).containsExactlyInAnyOrder(
                "Tolls for the Tunnel Scheduled for March 3, 2099", "Close the Harbour Road Draft");
        assertThat(ferry.select(".kicker .state")).as("a published piece is not marked").isEmpty();
        assertThat(Jsoup.parse(body("/articles/draft/")).select(".kicker").text()).isEqualTo("Opinion Draft");
        assertThat(Jsoup.parse(body("/articles/scheduled/")).select(".kicker").text())
                .isEqualTo("Opinion Scheduled for March 3, 2099");
    }

    @Test
    void editSavedWhileTheFirstBuildRunsIsServedWithoutAnotherSave() throws Exception {
        session.close();
        Pipeline builds = new Pipeline(new BuildRequest(content, templates, temp.resolve("site-out"),
                TestSites.templateCache(), temp, null, false, new PublishingRules(true, true, Instant.now())));
        BuildProgress saveDuringRender = new BuildProgress() {
            @Override
            public void stage(String name, int total) {
                if (name.equals("render")) { // the articles are parsed by now: the first build misses this edit
                    try {
                        write("articles/first.md", FIRST.replace("cheapest bridge", "cheapest bridge by far"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }

            @Override
            public void advanced() {
            }
        };
        session = PreviewSession.start(builds, new InetSocketAddress("127.0.0.1", 0), true, saveDuringRender,
                new PrintWriter(out, true), new PrintWriter(err, true), Diagnostic::format);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!body("/articles/first/").contains("cheapest bridge by far") && System.nanoTime() < deadline) {
            Thread.sleep(50); // the watcher rebuilds on its own thread: nothing to wait on from here
        }
        assertThat(body("/articles/first/")).as("served page; log:\n" + out + err)
                .contains("cheapest bridge by far");
    }

    static Stream<Arguments> fileEvents() {
        FileEvents.Source jdk = JdkWatchServiceEvents::new;
        FileEvents.Source library = DirectoryWatcherEvents::new;
        return Stream.of(Arguments.of(Named.of("the JDK's WatchService", jdk)),
                Arguments.of(Named.of("directory-watcher", library)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fileEvents")
    void anEditANewFileInANewFolderAndADeletionAreEachServedWithinFiveSeconds(FileEvents.Source events)
            throws Exception {
        session.close();
        Pipeline builds = new Pipeline(new BuildRequest(content, templates, temp.resolve("site-out"),
                TestSites.templateCache(), temp, null, false, new PublishingRules(true, true, Instant.now())));
        session = PreviewSession.start(builds, new InetSocketAddress("127.0.0.1", 0), Optional.of(events),
                BuildProgress.NONE, new PrintWriter(out, true), new PrintWriter(err, true), Diagnostic::format);

        write("articles/first.md", FIRST.replace("cheapest bridge", "cheapest bridge by far"));
        assertServedWithinFiveSeconds("/articles/first/", page -> page.body().contains("cheapest bridge by far"));
        write("static/minutes/2025/march.txt", "Minutes of the March meeting\n");
        assertServedWithinFiveSeconds("/minutes/2025/march.txt", page -> page.statusCode() == 200
                && page.body().equals("Minutes of the March meeting\n"));
        Files.delete(content.resolve("static/minutes/2025/march.txt"));
        assertServedWithinFiveSeconds("/minutes/2025/march.txt", page -> page.statusCode() == 404);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private void write(String relative, String text) throws IOException {
        Path file = content.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void assertServedWithinFiveSeconds(String path, Predicate<HttpResponse<String>> expected)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        HttpResponse<String> page = get(path);
        while (!expected.test(page) && System.nanoTime() < deadline) {
            Thread.sleep(20); // the watcher rebuilds on its own thread: nothing to wait on from here
            page = get(path);
        }
        assertThat(expected.test(page)).as(path + " within 5 s: " + page.statusCode() + " " + page.body()
                + "\nlog:\n" + out + err).isTrue();
    }

    private void rebuild(String relative) {
        session.rebuild(batch(content.resolve(relative)));
    }

    private static SiteWatcher.Batch batch(Path... paths) {
        return new SiteWatcher.Batch(Set.of(paths), System.nanoTime());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + session.port() + path))
                .timeout(Duration.ofSeconds(10));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> browser(String path) throws Exception {
        return CLIENT.send(request(path).header("Accept", "text/html,*/*;q=0.8").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String body(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** Opens the live-reload stream and returns its lines once it is connected. */
    private BlockingQueue<String> events() throws Exception {
        HttpResponse<Stream<String>> stream = CLIENT.send(request(LiveReload.PATH).build(),
                HttpResponse.BodyHandlers.ofLines());
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> stream.body().forEach(lines::add), "sse-reader");
        reader.setDaemon(true);
        reader.start();
        assertThat(lines.poll(5, TimeUnit.SECONDS)).isEqualTo(": connected");
        return lines;
    }

    private static String nextEvent(BlockingQueue<String> lines) throws InterruptedException {
        while (true) {
            String line = lines.poll(5, TimeUnit.SECONDS);
            if (line == null || line.startsWith("event: ")) {
                return line;
            }
        }
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }
}
