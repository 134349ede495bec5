package dev.byline.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.byline.assemble.PublishingRules;
import dev.byline.build.BuildRequest;
import dev.byline.build.Pipeline;
import dev.byline.diag.Diagnostic;
import dev.byline.testing.TestSites;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview end to end, as a writer uses it: Debian's Chromium (driven over the DevTools protocol with the JDK's
 * WebSocket client; no downloaded browser, no driver library) opens an article served by {@code byline serve}; the
 * test edits the article's Markdown file and waits for the new sentence to appear in the open page, which only the
 * live-reload script can bring, since the test never reloads the page itself. Skipped on a machine without
 * Chromium; .ci/run installs it, and in CI its absence fails the test.
 */
class BrowserLiveReloadTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String ARTICLE = "articles/keep-the-library-open-past-midnight/";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void editedArticleAppearsInTheOpenPageWithoutAManualReload(@TempDir Path temp) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            assertThat(System.getenv("CI")).as("Chromium missing in CI").isNotEqualTo("true");
            assumeTrue(false, "Chromium is not installed (.ci/run installs it)");
        }
        Path site = temp.resolve("site");
        TestSites.copyTree(TestSites.repositoryRoot().resolve("content"), site.resolve("content"));
        TestSites.copyTree(TestSites.theme(), site.resolve("templates"));
        Pipeline builds = new Pipeline(new BuildRequest(site.resolve("content"), site.resolve("templates"),
                site.resolve("site-out"), TestSites.templateCache(), site, null, false,
                new PublishingRules(true, true, Instant.now())));
        StringWriter log = new StringWriter();
        try (PreviewSession preview = PreviewSession.start(builds, new InetSocketAddress("127.0.0.1", 0), true,
                new PrintWriter(log, true), new PrintWriter(log, true), Diagnostic::format);
             Browser browser = Browser.launch(CHROMIUM, temp.resolve("chromium-profile"))) {
            Page page = browser.open(preview.url("127.0.0.1") + ARTICLE);
            waitFor(() -> page.bodyContains("Keep the Library Open Past Midnight"), "the article to load");
            waitFor(() -> preview.liveClients() > 0, "the page to connect for live reload");

            Path markdown = site.resolve("content/" + ARTICLE.replaceFirst("/$", ".md"));
            Files.writeString(markdown, Files.readString(markdown)
                    + "\nA sentence added while the page was open.\n");

            waitFor(() -> page.bodyContains("A sentence added while the page was open."),
                    "the edit to appear in the open page; server log:\n" + log);
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100); // polling a browser: there is no event to wait on from here
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    /** A headless Chromium with the DevTools protocol on a port it picks itself. */
    private record Browser(Process process, Path profile, int port, HttpClient http) implements AutoCloseable {

        static Browser launch(Path chromium, Path profile) throws IOException, InterruptedException {
            Files.createDirectories(profile);
            Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--remote-debugging-address=127.0.0.1",
                    "--remote-debugging-port=0", "--remote-allow-origins=*", "--user-data-dir=" + profile,
                    "about:blank")
                    .redirectErrorStream(true)
                    .redirectOutput(profile.resolveSibling("chromium.log").toFile())
                    .start();
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("Chromium did not start: "
                            + Files.readString(profile.resolveSibling("chromium.log")));
                }
                Thread.sleep(50);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
            return new Browser(process, profile, port, HttpClient.newHttpClient());
        }

        Page open(String url) throws IOException, InterruptedException {
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/json/new?" + url))
                    .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            Matcher socket = Pattern.compile("\"webSocketDebuggerUrl\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
            if (!socket.find()) {
                throw new IllegalStateException("no page from Chromium: " + created.body());
            }
            return Page.connect(http, URI.create(socket.group(1)));
        }

        @Override
        public void close() throws InterruptedException, IOException {
            // Chromium's helpers (zygote, renderers, crash handler) can outlive the browser process for a moment and
            // still write into the profile: wait for them too, or JUnit cannot delete the temporary folder
            List<ProcessHandle> helpers = process.descendants().toList();
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle helper : helpers) {
                helper.destroy();
                try {
                    helper.onExit().get(10, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException stuck) {
                    helper.destroyForcibly();
                }
            }
            for (String link : List.of("SingletonSocket", "SingletonLock", "SingletonCookie")) {
                Files.deleteIfExists(profile.resolve(link)); // links to /tmp that JUnit would warn about
            }
        }
    }

    /** One tab, through its DevTools WebSocket: evaluates JavaScript and returns the value's JSON text. */
    private static final class Page implements WebSocket.Listener {
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static Page connect(HttpClient http, URI url) {
            Page page = new Page();
            page.socket = http.newWebSocketBuilder().buildAsync(url, page).join();
            return page;
        }

        boolean bodyContains(String text) {
            String expression = "document.body !== null && document.body.innerText.includes("
                    + dev.byline.io.Json.write(text) + ")";
            return evaluate(expression).contains("\"value\":true");
        }

        private String evaluate(String expression) {
            int id = ids.incrementAndGet();
            CompletableFuture<String> reply = new CompletableFuture<>();
            pending.put(id, reply);
            socket.sendText(dev.byline.io.Json.write(Map.of("id", id, "method", "Runtime.evaluate",
                    "params", Map.of("expression", expression, "returnByValue", true))), true);
            try {
                return reply.get(10, TimeUnit.SECONDS);
            } catch (Exception noAnswer) { // the page may be navigating (reloading): ask again later
                return "";
            } finally {
                pending.remove(id);
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(message);
                if (id.find()) {
                    CompletableFuture<String> reply = pending.get(Integer.parseInt(id.group(1)));
                    if (reply != null) {
                        reply.complete(message);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }

}
