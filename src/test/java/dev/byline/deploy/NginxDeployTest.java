package dev.byline.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.byline.assemble.PublishingRules;
import dev.byline.build.BuildRequest;
import dev.byline.build.BuildResult;
import dev.byline.model.SitePaths;
import dev.byline.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deploys a built site as a user would: Debian's nginx serves site-out/ under the sub-path /opinion/ on 127.0.0.1,
 * and a crawler follows every internal link (pages, feeds, stylesheets, images) from the front page, expecting a 200
 * for each. Skipped on a machine without nginx; .ci/run installs it, and in CI its absence fails the test.
 */
class NginxDeployTest {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final int MAX_PAGES = 2000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void sampleSiteWithRelativeLinksWorksUnderASubPath(@TempDir Path temp) throws Exception {
        Path root = TestSites.repositoryRoot();
        crawlDeployed(temp, new BuildRequest(root.resolve("content"), TestSites.theme(), temp.resolve("site-out"),
                TestSites.templateCache(), root, "http://127.0.0.1/opinion/", false,
                new PublishingRules(false, false, Instant.now())));
    }

    @Test
    void siteWithRootRelativeLinksWorksUnderItsBasePath(@TempDir Path temp) throws Exception {
        crawlDeployed(temp, TestSites.request(TestSites.fixture("sites", "golden"), TestSites.theme(),
                temp.resolve("site-out")));
    }

    private void crawlDeployed(Path temp, BuildRequest request) throws Exception {
        if (!Files.isExecutable(NGINX)) {
            // on a developer's machine the test waits for nginx; in CI, which installs it, its absence is a failure
            assertThat(System.getenv("CI")).as("nginx missing in CI").isNotEqualTo("true");
            assumeTrue(false, "nginx is not installed (.ci/run installs it)");
        }
        BuildResult built = TestSites.build(request);
        assertThat(built.succeeded()).as("build").isTrue();
        int port = freePort();
        Process nginx = startNginx(temp, request.outputDir(), port);
        try {
            String base = "http://127.0.0.1:" + port + "/opinion/";
            Map<String, Integer> statuses = crawl(URI.create(base));
            assertThat(statuses).allSatisfy((url, status) -> assertThat(status).as(url).isEqualTo(200));
            assertThat(statuses.keySet()).as("every page reached by following links")
                    .containsAll(pageUrls(request.outputDir(), base))
                    .anyMatch(url -> url.endsWith("/feed.xml"))
                    .anyMatch(url -> url.endsWith("/assets/style.css"));
            HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(base + "no/such/page/"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).contains("Page not found");
            String stylesheet = Jsoup.parse(missing.body(), base + "no/such/page/")
                    .selectFirst("link[rel=stylesheet]").absUrl("href");
            assertThat(http.send(HttpRequest.newBuilder(URI.create(stylesheet)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).as("404 page's stylesheet").isEqualTo(200);
            if (Files.exists(request.outputDir().resolve(SitePaths.NGINX_REDIRECTS))) {
                HttpResponse<Void> moved = http.send(HttpRequest.newBuilder(URI.create(base
                        + "columns-archive/hopper")).build(), HttpResponse.BodyHandlers.discarding());
                assertThat(moved.statusCode()).as("an old address, by the nginx map").isEqualTo(301);
                assertThat(moved.headers().firstValue("Location")).get().asString()
                        .endsWith("/opinion/articles/hopper/");
            }
        } finally {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The URL of every HTML page in the output but the 404 page, as the crawler writes them. */
    private static java.util.List<String> pageUrls(Path site, String base) throws IOException {
        try (var files = Files.walk(site)) {
            return files.filter(file -> file.toString().endsWith(".html") && !file.endsWith("404.html")
                            && !isRedirect(file))
                    .map(file -> base + site.relativize(file).toString().replace('\\', '/'))
                    .map(url -> url.endsWith("/index.html") && !url.contains("/index.html#")
                            ? url.substring(0, url.length() - "index.html".length()) : url)
                    .toList();
        }
    }

    /** A redirect page at an old address ({@code aliases:}), which no page links to. */
    private static boolean isRedirect(Path page) {
        try {
            return Files.readString(page).contains("<meta http-equiv=\"refresh\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Breadth-first from the front page; internal means same host and under /opinion/. */
    private Map<String, Integer> crawl(URI start) throws IOException, InterruptedException {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        Deque<URI> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty() && statuses.size() < MAX_PAGES) {
            URI url = queue.poll();
            if (statuses.containsKey(url.toString())) {
                continue;
            }
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.ofString());
            statuses.put(url.toString(), response.statusCode());
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() == 200 && type.startsWith("text/html")) {
                Document page = Jsoup.parse(response.body(), url.toString());
                for (Element link : page.select("a[href], link[href], img[src], script[src]")) {
                    String target = link.hasAttr("href") ? link.absUrl("href") : link.absUrl("src");
                    // a folder and its index.html are one page: count it once
                    URI next = URI.create(target.replaceFirst("#.*$", "").replaceFirst("/index\\.html$", "/"));
                    if (start.getHost().equals(next.getHost()) && start.getPort() == next.getPort()
                            && next.getPath().startsWith(start.getPath())) {
                        queue.add(next);
                    }
                }
            }
        }
        return statuses;
    }

    private static Process startNginx(Path temp, Path site, int port) throws IOException, InterruptedException {
        Path prefix = Files.createDirectories(temp.resolve("nginx"));
        Path config = prefix.resolve("nginx.conf");
        Path redirects = site.resolve(SitePaths.NGINX_REDIRECTS).toAbsolutePath();
        boolean redirecting = Files.exists(redirects);
        Files.writeString(config, """
                master_process off;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events {}
                http {
                  types {
                    text/html html; text/css css; application/atom+xml xml; application/feed+json json;
                    image/svg+xml svg; text/plain txt;
                  }
                  access_log off;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  %4$s
                  server {
                    listen 127.0.0.1:%2$d;
                    %5$s
                    location /opinion/ { alias %3$s/; }
                    error_page 404 /opinion/404.html;
                  }
                }
                """.formatted(prefix, port, site.toAbsolutePath(), redirecting ? "include " + redirects + ";" : "",
                redirecting ? "if ($byline_redirect) { return 301 $byline_redirect; }" : ""));
        Process process = new ProcessBuilder(NGINX.toString(), "-p", prefix.toString(), "-c", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(prefix.resolve("stdout.log").toFile())
                .start();
        for (int attempt = 0; attempt < 100; attempt++) {
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                return process;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("nginx did not start: "
                            + Files.readString(prefix.resolve("stdout.log")));
                }
                Thread.sleep(50);
            }
        }
        process.destroy();
        throw new IllegalStateException("nginx did not listen on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
