package dev.byline.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Server-sent events that tell open pages to reload after a rebuild ({@code reload}), or only to refetch their
 * stylesheets when nothing but CSS changed ({@code css}). Each open page holds one request; a comment every
 * {@link #KEEP_ALIVE_SECONDS} seconds finds pages that went away.
 */
final class LiveReload {

    static final String PATH = "/__byline/events";
    /** Open pages listening at once; more would only be a runaway script, each holding a thread. */
    static final int MAX_STREAMS = 100;
    private static final int KEEP_ALIVE_SECONDS = 15;
    private static final String CLOSE = "";

    /** Injected into pages for browsers: reload on "reload", refetch stylesheets on "css". */
    static final String SCRIPT = "<script>(function(){var events=new EventSource('" + PATH + "');"
            + "events.addEventListener('reload',function(){location.reload();});"
            + "events.addEventListener('css',function(){document.querySelectorAll('link[rel=stylesheet]')"
            + ".forEach(function(link){var url=new URL(link.href);url.searchParams.set('byline',Date.now());"
            + "link.href=url.toString();});});})();</script>";

    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private final Semaphore streams = new Semaphore(MAX_STREAMS);

    /** Tells every open page; {@code event} is {@code reload} or {@code css}. */
    void broadcast(String event) {
        clients.forEach(client -> client.offer(event));
    }

    int clients() {
        return clients.size();
    }

    /** Ends every stream, so the threads holding them return (on shutdown). */
    void close() {
        clients.forEach(client -> client.offer(CLOSE));
    }

    /**
     * Serves one page's stream until the page goes away or the server stops. Returns false at once, with nothing
     * sent, when {@link #MAX_STREAMS} pages are already listening.
     */
    boolean stream(HttpExchange exchange) throws IOException {
        if (!streams.tryAcquire()) {
            return false;
        }
        try {
            listen(exchange);
            return true;
        } finally {
            streams.release();
        }
    }

    private void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        clients.add(events);
        try (OutputStream out = exchange.getResponseBody()) {
            send(out, ": connected\n\n");
            while (true) {
                String event = events.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (CLOSE.equals(event)) {
                    return;
                }
                send(out, event == null ? ": keep-alive\n\n" : "event: " + event + "\ndata: " + event + "\n\n");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException pageWentAway) {
            // the browser closed the page or navigated: nothing to do
        } finally {
            clients.remove(events);
        }
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
