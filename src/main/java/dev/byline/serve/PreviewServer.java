package dev.byline.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.byline.diag.Diagnostic;
import dev.byline.model.SitePaths;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The preview's HTTP server (the JDK's), answering like a careful static host: {@code /dir/} serves
 * {@code dir/index.html}, {@code /dir} redirects to {@code /dir/}, the site's own 404 page with status 404, GET and
 * HEAD only, Content-Type with charset for text, {@code Cache-Control: no-cache} and ETags. Files come from the
 * current {@link SiteSnapshot} in memory, so nothing outside the site can ever be read. Pages requested by a
 * browser (Accept: text/html) get the live-reload script, and the errors of a failed rebuild as an overlay; other
 * clients get the site's bytes exactly as {@code byline build} writes them.
 */
final class PreviewServer {

    private final HttpServer server;
    private final ExecutorService threads;
    private final LiveReload liveReload = new LiveReload();
    private final LocalHosts localHosts;
    private volatile SiteSnapshot snapshot;

    /**
     * Headers a browser sends are a few KB; past this much the request is refused (431) instead of read. Beyond
     * the JDK server's own limit (384 KB or 200 headers) it closes the connection before we see the request.
     */
    static final int MAX_HEADER_BYTES = 32 * 1024;
    static final int MAX_HEADERS = 100;
    /** Connections queued before the server accepts them: enough for a few hundred clients arriving at once. */
    private static final int BACKLOG = 1024;

    static {
        // Settings the JDK server reads once, when its first instance is made (a -D on the command line wins):
        // no Nagle delay, so a keep-alive client's second request does not wait 40 ms for an acknowledgement; a
        // client has 10 s to send its request, so slow or stalled clients do not hold threads for ever; at most
        // 1,000 connections, each of which may hold a thread; and as many of them kept alive between requests (the
        // JDK's default, 200, resets the rest, which a crowd of keep-alive clients sees as failures).
        setIfAbsent("sun.net.httpserver.nodelay", "true");
        setIfAbsent("sun.net.httpserver.maxReqTime", "10");
        setIfAbsent("jdk.httpserver.maxConnections", "1000");
        setIfAbsent("sun.net.httpserver.maxIdleConnections", "1000");
    }

    /** Binds the address (port 0 picks a free one); serving starts with {@link #start}. */
    PreviewServer(InetSocketAddress address, SiteSnapshot initial) throws IOException {
        this.snapshot = initial;
        this.localHosts = new LocalHosts(address.getHostString());
        this.server = HttpServer.create(address, BACKLOG);
        // one thread a request, bounded by the connection limit: each open page holds one for its live-reload stream
        this.threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "byline-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    SiteSnapshot snapshot() {
        return snapshot;
    }

    /** Serves a new snapshot from the next request on and tells open pages. */
    void publish(SiteSnapshot next, String event) {
        snapshot = next;
        liveReload.broadcast(event);
    }

    int liveClients() {
        return liveReload.clients();
    }

    void stop() {
        liveReload.close();
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (!localHosts.allows(host)) {
                sendText(exchange, 403, "This preview answers only at this computer's own addresses, such as "
                        + "http://localhost:" + port() + "/; it refused a request for another name ("
                        + printable(host) + "), the way a web page could try to read your unpublished drafts.\n");
                return;
            }
            if (tooLarge(exchange.getRequestHeaders())) {
                sendText(exchange, 431, "The request's headers are too large (over " + MAX_HEADER_BYTES / 1024
                        + " KB or " + MAX_HEADERS + " headers) for this preview.\n");
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "Method not allowed\n");
                return;
            }
            Optional<String> path = RequestPath.decode(exchange.getRequestURI().getRawPath());
            if (path.isEmpty()) {
                sendText(exchange, 400, "Bad request path\n");
                return;
            }
            if (path.get().equals(LiveReload.PATH) && method.equals("GET")) {
                if (!liveReload.stream(exchange)) {
                    exchange.getResponseHeaders().set("Retry-After", "10");
                    sendText(exchange, 503, "Too many open preview pages (" + LiveReload.MAX_STREAMS + "); close "
                            + "some tabs. This one will not reload by itself.\n");
                }
                return;
            }
            serve(exchange, path.get(), snapshot);
        }
    }

    private void serve(HttpExchange exchange, String path, SiteSnapshot site) throws IOException {
        if (site.files().isEmpty()) { // no good build yet: every address shows the problems
            String page = ErrorPage.noSite(site.problems()) + (wantsPage(exchange) ? LiveReload.SCRIPT : "");
            exchange.getResponseHeaders().set("Content-Type", ContentTypes.of("index.html"));
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            send(exchange, 500, page.getBytes(StandardCharsets.UTF_8));
            return;
        }
        String base = site.basePath();
        if (!path.startsWith(base)) {
            if ((path + "/").equals(base) || path.equals("/")) {
                redirect(exchange, base);
            } else {
                notFound(exchange, site);
            }
            return;
        }
        String file = path.substring(base.length());
        String lookup = SitePaths.file(file);
        SiteSnapshot.ServedFile found = site.files().get(lookup);
        if (found != null) {
            if (found.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))
                    && site.problems().isEmpty()) {
                exchange.getResponseHeaders().set("ETag", found.etag());
                exchange.getResponseHeaders().set("Cache-Control", "no-cache");
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            sendPage(exchange, 200, found.bytes(), lookup, found.etag());
        } else if (site.files().containsKey(SitePaths.file(file + "/"))) {
            String query = exchange.getRequestURI().getRawQuery();
            redirect(exchange, exchange.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query));
        } else {
            notFound(exchange, site);
        }
    }

    private void notFound(HttpExchange exchange, SiteSnapshot site) throws IOException {
        SiteSnapshot.ServedFile page = site.files().get(SitePaths.NOT_FOUND_FILE);
        if (page == null) {
            sendText(exchange, 404, "Not found\n");
        } else {
            sendPage(exchange, 404, page.bytes(), SitePaths.NOT_FOUND_FILE, null);
        }
    }

    /**
     * Sends a file of the site. For a browser asking for a page, the live-reload script goes in before
     * {@code </body>}, and the latest build's problems with it.
     */
    private void sendPage(HttpExchange exchange, int status, byte[] bytes, String file, String etag)
            throws IOException {
        byte[] body = bytes;
        if (ContentTypes.isHtml(file) && wantsPage(exchange)) {
            List<Diagnostic> problems = snapshot.problems();
            String injected = (problems.isEmpty() ? "" : ErrorPage.overlay(problems)) + LiveReload.SCRIPT;
            body = Injection.beforeBodyEnd(bytes, injected);
        } else if (etag != null) {
            exchange.getResponseHeaders().set("ETag", etag);
        }
        exchange.getResponseHeaders().set("Content-Type", ContentTypes.of(file));
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        send(exchange, status, body);
    }

    private static boolean tooLarge(Headers headers) {
        int count = 0;
        long bytes = 0;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            for (String value : header.getValue()) {
                count++;
                bytes += header.getKey().length() + value.length() + 4; // "name: value\r\n"
            }
        }
        return count > MAX_HEADERS || bytes > MAX_HEADER_BYTES;
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /** A header's value as a message may quote it: visible characters only, and not too long. */
    private static String printable(String header) {
        if (header == null || header.isBlank()) {
            return "none given";
        }
        String visible = header.replaceAll("[^\\x21-\\x7e]", "?");
        return visible.length() > 80 ? visible.substring(0, 80) + "..." : visible;
    }

    private static boolean wantsPage(HttpExchange exchange) {
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        return accept != null && accept.contains("text/html");
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        sendText(exchange, 301, "Moved to " + location + "\n");
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        send(exchange, status, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
