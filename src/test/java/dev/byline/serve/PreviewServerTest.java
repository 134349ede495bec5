package dev.byline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.diag.Diagnostic;
import dev.byline.output.OutputFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(30)
class PreviewServerTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static final String INDEX = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Home</title></head><body><h1>The Byline Review</h1></body></html>\n";
    private static final String ARTICLE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Café</title></head><body><h1>Café society — “quoted”</h1><p>Grüße</p></body></html>\n";
    private static final String NOT_FOUND = "<!DOCTYPE html><html><head><title>Not found</title></head>"
            + "<body><h1>This page is not here</h1></body></html>\n";
    private static final String CSS = "body { color: #1d1b18; }\n";
    private static final String ATOM = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Review</title></feed>\n";
    private static final String SITEMAP = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"></urlset>\n";
    private static final String JSON_FEED = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Révue\"}\n";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H',
        'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, (byte) 0x1f, (byte) 0x15, (byte) 0xc4, (byte) 0x89,
        (byte) 0xff, (byte) 0xfe, 0};

    private final List<PreviewServer> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(PreviewServer::stop);
    }

    // ---- files and folders ------------------------------------------------------------------------------------

    @Test
    void folderWithSlashServesItsIndexByteForByte() throws Exception {
        PreviewServer server = start("/");

        HttpResponse<byte[]> article = get(server, "/articles/a/");
        HttpResponse<byte[]> home = get(server, "/");

        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(article.body()).isEqualTo(ARTICLE.getBytes(StandardCharsets.UTF_8));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).isEqualTo(INDEX.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void binaryFileIsServedByteForByte() throws Exception {
        PreviewServer server = start("/");

        HttpResponse<byte[]> png = get(server, "/images/x.png");

        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.body()).isEqualTo(PNG);
    }

    @Test
    void folderWithoutSlashRedirectsKeepingTheQuery() throws Exception {
        PreviewServer server = start("/");

        HttpResponse<byte[]> plain = get(server, "/articles/a");
        HttpResponse<byte[]> withQuery = get(server, "/articles/a?utm=x&b=%20y");

        assertThat(plain.statusCode()).isEqualTo(301);
        assertThat(plain.headers().firstValue("Location")).hasValue("/articles/a/");
        assertThat(withQuery.statusCode()).isEqualTo(301);
        assertThat(withQuery.headers().firstValue("Location")).hasValue("/articles/a/?utm=x&b=%20y");
    }

    @ParameterizedTest
    @CsvSource({
        "/,                  text/html; charset=utf-8",
        "/articles/a/,       text/html; charset=utf-8",
        "/assets/style.css,  text/css; charset=utf-8",
        "/sitemap.xml,       application/xml; charset=utf-8",
        "/feed.xml,          application/atom+xml; charset=utf-8",
        "/feed.json,         application/feed+json; charset=utf-8",
        "/images/x.png,      image/png",
    })
    void contentTypeFollowsTheFileWithCharsetForText(String path, String expected) throws Exception {
        PreviewServer server = start("/");

        HttpResponse<byte[]> response = get(server, path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(expected);
    }

    @Test
    void missingPageGetsTheSites404PageWithStatus404() throws Exception {
        PreviewServer server = start("/");

        HttpResponse<byte[]> page = get(server, "/articles/nope/");
        HttpResponse<byte[]> file = get(server, "/images/nope.png");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(NOT_FOUND);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(file.statusCode()).isEqualTo(404);
        assertThat(new String(file.body(), StandardCharsets.UTF_8)).isEqualTo(NOT_FOUND);
    }

    @Test
    void everyAnswerSaysNoCache() throws Exception {
        PreviewServer server = start("/");

        assertThat(get(server, "/").headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(get(server, "/assets/style.css").headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(get(server, "/missing").headers().firstValue("Cache-Control")).hasValue("no-cache");
    }

    // ---- HEAD, ETag, methods ----------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"/", "/articles/a/", "/assets/style.css", "/images/x.png", "/feed.xml", "/nope/"})
    void headAnswersLikeGetWithoutTheBody(String path) throws Exception {
        PreviewServer server = start("/");
        HttpResponse<byte[]> get = get(server, path);

        HttpResponse<byte[]> head = CLIENT.send(request(server, path).method("HEAD",
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(head.statusCode()).isEqualTo(get.statusCode());
        assertThat(head.headers().firstValue("Content-Type")).isEqualTo(get.headers().firstValue("Content-Type"));
        assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(get.body().length);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void headSendsNoBodyOnTheWire() throws Exception {
        PreviewServer server = start("/");

        String response = raw(server, "HEAD /assets/style.css HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 200");
        assertThat(response).containsIgnoringCase("Content-Length: " + CSS.length() + "\r\n");
        assertThat(response).endsWith("\r\n\r\n");
    }

    @Test
    void matchingIfNoneMatchGets304AndOtherTagsTheFile() throws Exception {
        PreviewServer server = start("/");
        HttpResponse<byte[]> first = get(server, "/assets/style.css");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> same = CLIENT.send(request(server, "/assets/style.css")
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> other = CLIENT.send(request(server, "/assets/style.css")
                .header("If-None-Match", "\"something-else\"").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(etag).matches("\"[0-9a-f]+\"");
        assertThat(same.statusCode()).isEqualTo(304);
        assertThat(same.body()).isEmpty();
        assertThat(same.headers().firstValue("ETag")).hasValue(etag);
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(new String(other.body(), StandardCharsets.UTF_8)).isEqualTo(CSS);
    }

    @Test
    void changedFileGetsANewEtagAndNo304ForTheOldOne() throws Exception {
        PreviewServer server = start("/");
        String oldTag = get(server, "/assets/style.css").headers().firstValue("ETag").orElseThrow();
        server.publish(snapshot("/", Map.of("assets/style.css", "body { color: red; }\n")), "css");

        HttpResponse<byte[]> afterChange = CLIENT.send(request(server, "/assets/style.css")
                .header("If-None-Match", oldTag).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(afterChange.statusCode()).isEqualTo(200);
        assertThat(new String(afterChange.body(), StandardCharsets.UTF_8)).isEqualTo("body { color: red; }\n");
        assertThat(afterChange.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(oldTag);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
    void otherMethodsGet405WithAllow(String method) throws Exception {
        PreviewServer server = start("/");

        HttpResponse<byte[]> response = CLIENT.send(request(server, "/").method(method,
                HttpRequest.BodyPublishers.ofString("x=1")).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    // ---- base path --------------------------------------------------------------------------------------------

    @Test
    void siteUnderABasePathIsServedThere() throws Exception {
        PreviewServer server = start("/opinion/");

        HttpResponse<byte[]> home = get(server, "/opinion/");
        HttpResponse<byte[]> article = get(server, "/opinion/articles/a/");
        HttpResponse<byte[]> css = get(server, "/opinion/assets/style.css");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).isEqualTo(INDEX.getBytes(StandardCharsets.UTF_8));
        assertThat(article.body()).isEqualTo(ARTICLE.getBytes(StandardCharsets.UTF_8));
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    }

    @Test
    void rootAndBasePathWithoutSlashRedirectToTheBasePath() throws Exception {
        PreviewServer server = start("/opinion/");

        HttpResponse<byte[]> root = get(server, "/");
        HttpResponse<byte[]> bare = get(server, "/opinion");
        HttpResponse<byte[]> folder = get(server, "/opinion/articles/a?x=1");

        assertThat(root.statusCode()).isEqualTo(301);
        assertThat(root.headers().firstValue("Location")).hasValue("/opinion/");
        assertThat(bare.statusCode()).isEqualTo(301);
        assertThat(bare.headers().firstValue("Location")).hasValue("/opinion/");
        assertThat(folder.statusCode()).isEqualTo(301);
        assertThat(folder.headers().firstValue("Location")).hasValue("/opinion/articles/a/?x=1");
    }

    @Test
    void pathsOutsideTheBasePathGetThe404Page() throws Exception {
        PreviewServer server = start("/opinion/");

        HttpResponse<byte[]> outside = get(server, "/articles/a/");
        HttpResponse<byte[]> lookalike = get(server, "/opinionated/");

        assertThat(outside.statusCode()).isEqualTo(404);
        assertThat(new String(outside.body(), StandardCharsets.UTF_8)).isEqualTo(NOT_FOUND);
        assertThat(lookalike.statusCode()).isEqualTo(404);
    }

    // ---- hostile and malformed requests -----------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
        "/../etc/passwd",
        "/../../../../etc/passwd",
        "/articles/../../etc/passwd",
        "/..%2f..%2fetc%2fpasswd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/%2e%2e/",
        "/.%2e/",
        "/index.html%00.png",
        "/%00",
        "/%c0%ae%c0%ae/etc/passwd",
        "/%c0%af",
        "/..\\..\\etc\\passwd",
        "/articles\\a\\",
        "/%5c..%5cetc%5cpasswd",
        "//etc/passwd",
        "/%2fetc/passwd",
        "/%zz",
        "/a%",
    })
    void hostilePathsGet4xxAndNothingOutsideTheSite(String path) throws Exception {
        PreviewServer server = start("/");

        String response = raw(server, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response).as("a response, not a closed connection").startsWith("HTTP/1.1 ");
        assertThat(status(response)).isBetween(400, 499);
        assertThat(response).doesNotContain("root:");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "GARBAGE\r\n\r\n",
        "GET\r\n\r\n",
        "GET /\r\n\r\n",
        "\u0000\u0001\u0002 / HTTP/1.1\r\n\r\n",
        "GET / HTTP/1.1\r\nHeader without colon\r\n\r\n",
        "GET / HTTP/1.1\r\nContent-Length: nope\r\n\r\n",
        "GET * HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GET http://localhost HTTP/1.1\r\nHost: localhost\r\n\r\n",
    })
    void malformedRequestsGet4xx(String request) throws Exception {
        PreviewServer server = start("/");

        String response = raw(server, request);

        assertThat(response).as("a response, not a closed connection").startsWith("HTTP/1.1 ");
        assertThat(status(response)).isBetween(400, 499);
        assertThat(get(server, "/").statusCode()).as("the server still serves").isEqualTo(200);
    }

    /**
     * What the JDK's server does before the handler runs: it accepts junk after the version (200), and closes the
     * connection without an answer for a request target with no path (an opaque URI). Never a 5xx.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "GET / HTTP/1.1 trailing junk\r\n\r\n",
        "GET mailto:someone HTTP/1.1\r\nHost: localhost\r\n\r\n",
    })
    void oddRequestsGetNo5xxAndTheServerKeepsServing(String request) throws Exception {
        PreviewServer server = start("/");

        String response = raw(server, request);

        if (!response.isEmpty()) {
            assertThat(response).startsWith("HTTP/1.1 ");
            assertThat(status(response)).isLessThan(500);
        }
        assertThat(get(server, "/").statusCode()).as("the server still serves").isEqualTo(200);
    }

    // ---- live reload and errors in the browser ----------------------------------------------------------------

    @Test
    void browserGetsTheLiveReloadScriptBeforeBodyEnd() throws Exception {
        PreviewServer server = start("/");

        HttpResponse<String> page = CLIENT.send(browser(server, "/articles/a/"), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).isEqualTo(ARTICLE.replace("</body>", LiveReload.SCRIPT + "</body>"));
        assertThat(page.body()).contains("EventSource('/__byline/events')");
    }

    @Test
    void otherClientsGetTheExactBytesOfPages() throws Exception {
        PreviewServer server = start("/");

        HttpResponse<byte[]> page = CLIENT.send(request(server, "/articles/a/").header("Accept", "*/*").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(page.body()).isEqualTo(ARTICLE.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void browserAskingForCssGetsTheExactBytes() throws Exception {
        PreviewServer server = start("/");

        HttpResponse<String> css = CLIENT.send(browser(server, "/assets/style.css"),
                HttpResponse.BodyHandlers.ofString());

        assertThat(css.body()).isEqualTo(CSS);
    }

    @Test
    void browserGets404PageWithTheScript() throws Exception {
        PreviewServer server = start("/");

        HttpResponse<String> page = CLIENT.send(browser(server, "/nope/"), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).isEqualTo(NOT_FOUND.replace("</body>", LiveReload.SCRIPT + "</body>"));
    }

    @Test
    void failedRebuildShowsEscapedProblemsToBrowsersOnly() throws Exception {
        PreviewServer server = start("/");
        server.publish(server.snapshot().withProblems(List.of(
                Diagnostic.error("content/articles/x.md", 3, 7, "date \"<b>\" is wrong"))), "reload");

        HttpResponse<String> browser = CLIENT.send(browser(server, "/articles/a/"),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<byte[]> other = get(server, "/articles/a/");

        assertThat(browser.statusCode()).isEqualTo(200);
        assertThat(browser.body()).contains("content/articles/x.md:3:7: error: date &quot;&lt;b&gt;&quot; is wrong")
                .doesNotContain("<b>");
        Document page = Jsoup.parse(browser.body());
        assertThat(page.select("#byline-errors").text()).contains("content/articles/x.md:3:7: error: date \"<b>\" is wrong");
        assertThat(page.select("#byline-errors b")).isEmpty();
        assertThat(page.select("h1").first().text()).as("the last good page is under the overlay")
                .isEqualTo("Café society — “quoted”");
        assertThat(browser.body().indexOf("byline-errors")).isLessThan(browser.body().lastIndexOf("</body>"));
        assertThat(other.body()).isEqualTo(ARTICLE.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void goodBuildAfterAFailureRemovesTheOverlay() throws Exception {
        PreviewServer server = start("/");
        SiteSnapshot good = server.snapshot();
        server.publish(good.withProblems(List.of(Diagnostic.error("content/site.yaml", 1, 1, "broken"))), "reload");
        server.publish(good, "reload");

        HttpResponse<String> page = CLIENT.send(browser(server, "/"), HttpResponse.BodyHandlers.ofString());

        assertThat(page.body()).doesNotContain("byline-errors").contains("EventSource");
    }

    @Test
    void siteWithoutAGoodBuildAnswers500WithTheProblems() throws Exception {
        PreviewServer server = start(new SiteSnapshot(Map.of(), "/", List.of(
                Diagnostic.error("content/site.yaml", 2, 8, "baseUrl <must> be a URL"))));

        HttpResponse<String> home = CLIENT.send(browser(server, "/"), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> other = CLIENT.send(request(server, "/articles/a/").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(home.statusCode()).isEqualTo(500);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(home.body()).contains("content/site.yaml:2:8: error: baseUrl &lt;must&gt; be a URL")
                .contains("EventSource");
        assertThat(other.statusCode()).isEqualTo(500);
        assertThat(other.body()).contains("content/site.yaml:2:8");
    }

    @Test
    void eventStreamSendsReloadAndCssEvents() throws Exception {
        PreviewServer server = start("/");
        HttpResponse<Stream<String>> stream = CLIENT.send(request(server, LiveReload.PATH).build(),
                HttpResponse.BodyHandlers.ofLines());
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> stream.body().forEach(lines::add), "sse-reader");
        reader.setDaemon(true);
        reader.start();

        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
        assertThat(lines.poll(5, TimeUnit.SECONDS)).isEqualTo(": connected");
        assertThat(server.liveClients()).isEqualTo(1);

        server.publish(server.snapshot(), "reload");
        assertThat(nextEvent(lines)).isEqualTo("event: reload");
        server.publish(server.snapshot(), "css");
        assertThat(nextEvent(lines)).isEqualTo("event: css");
    }

    @Test
    void stoppingTheServerEndsOpenEventStreams() throws Exception {
        PreviewServer server = start("/");
        HttpResponse<InputStream> stream = CLIENT.send(request(server, LiveReload.PATH).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        InputStream body = stream.body();
        byte[] connected = new byte[": connected\n\n".length()];
        assertThat(body.readNBytes(connected, 0, connected.length)).isEqualTo(connected.length);

        CompletableFuture<Integer> end = CompletableFuture.supplyAsync(() -> {
            try {
                return body.read();
            } catch (IOException closed) {
                return -1;
            }
        });
        server.stop();

        assertThat(end.get(5, TimeUnit.SECONDS)).isEqualTo(-1);
    }

    // ---- concurrency ------------------------------------------------------------------------------------------

    @Test
    void concurrentRequestsDuringPublishingGetWholeVersions() throws Exception {
        List<String> versions = new ArrayList<>();
        for (int v = 0; v < 201; v++) {
            versions.add("<!DOCTYPE html><html><body>" + ("version " + v + " ").repeat(2000 + v) + "</body></html>");
        }
        Set<String> published = new HashSet<>(versions);
        PreviewServer server = start(snapshot("/", Map.of("index.html", versions.get(0))));
        CountDownLatch go = new CountDownLatch(1);
        AtomicBoolean publishing = new AtomicBoolean(true);
        Thread publisher = new Thread(() -> {
            try {
                go.await();
                for (int v = 1; v <= 200; v++) {
                    server.publish(snapshot("/", Map.of("index.html", versions.get(v))), "reload");
                    Thread.sleep(1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                publishing.set(false);
            }
        });
        publisher.start();

        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        go.countDown();
        for (int i = 0; i < 50; i++) {
            responses.add(CLIENT.sendAsync(request(server, "/").build(), HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        publisher.join(10_000);

        assertThat(publishing).isFalse();
        for (CompletableFuture<HttpResponse<String>> future : responses) {
            HttpResponse<String> response = future.get();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(published).as("a whole published version").contains(response.body());
        }
        assertThat(get(server, "/").body()).isEqualTo(versions.get(200).getBytes(StandardCharsets.UTF_8));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static String nextEvent(BlockingQueue<String> lines) throws InterruptedException {
        while (true) {
            String line = lines.poll(5, TimeUnit.SECONDS);
            if (line == null || line.startsWith("event: ")) {
                return line;
            }
        }
    }

    private PreviewServer start(String basePath) throws IOException {
        return start(snapshot(basePath, Map.of()));
    }

    private PreviewServer start(SiteSnapshot snapshot) throws IOException {
        PreviewServer server = new PreviewServer(new InetSocketAddress("127.0.0.1", 0), snapshot);
        servers.add(server);
        server.start();
        return server;
    }

    /** The test site, with some files replaced. */
    private static SiteSnapshot snapshot(String basePath, Map<String, String> replaced) {
        Map<String, String> texts = new java.util.HashMap<>(Map.of(
                "index.html", INDEX,
                "articles/a/index.html", ARTICLE,
                "404.html", NOT_FOUND,
                "assets/style.css", CSS,
                "feed.xml", ATOM,
                "sitemap.xml", SITEMAP,
                "feed.json", JSON_FEED));
        texts.putAll(replaced);
        List<OutputFile> files = new ArrayList<>();
        texts.forEach((file, text) -> files.add(new OutputFile.Rendered(file, "test",
                text.getBytes(StandardCharsets.UTF_8))));
        files.add(new OutputFile.Rendered("images/x.png", "test", PNG));
        return SiteSnapshot.of(files, basePath);
    }

    private static HttpRequest.Builder request(PreviewServer server, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10));
    }

    private static HttpRequest browser(PreviewServer server, String path) {
        return request(server, path)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").build();
    }

    private static HttpResponse<byte[]> get(PreviewServer server, String path) throws Exception {
        return CLIENT.send(request(server, path).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String raw(PreviewServer server, String request) throws IOException {
        return RawHttp.exchange(server.port(), request);
    }

    private static int status(String response) {
        return RawHttp.status(response);
    }
}
