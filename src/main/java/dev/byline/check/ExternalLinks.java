package dev.byline.check;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLException;

/**
 * Asks the web whether external links still work, politely: a few requests at a time and one at a time per host,
 * HEAD first (GET when a server refuses HEAD), a timeout, redirects followed, and a User-Agent that says who asks.
 */
final class ExternalLinks {

    private static final int PARALLEL = 4;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String USER_AGENT = "Byline link checker";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

    /** @return for each broken URL, why (an HTTP status or the connection problem) */
    Map<String, String> broken(Collection<String> urls) throws InterruptedException {
        Map<String, String> broken = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<?>> checks = new ArrayList<>();
            for (String url : urls) {
                checks.add(pool.submit(() -> problem(url).ifPresent(why -> broken.put(url, why))));
            }
            for (Future<?> check : checks) {
                try {
                    check.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return broken;
    }

    private Optional<String> problem(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of("is not a valid address");
        }
        Semaphore host = hosts.computeIfAbsent(String.valueOf(uri.getHost()), h -> new Semaphore(1));
        try {
            host.acquire();
            try {
                int status = status(uri, "HEAD");
                if (status == 405 || status == 501 || status == 403) {
                    status = status(uri, "GET"); // some servers refuse HEAD but serve the page
                }
                return status >= 400 ? Optional.of("answers " + status) : Optional.empty();
            } finally {
                host.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("was not checked (interrupted)");
        } catch (IllegalArgumentException e) { // the JDK's client refuses it (no host, odd scheme)
            return Optional.of("is not a valid address (" + e.getMessage() + ")");
        } catch (java.io.IOException e) {
            return Optional.of("could not be reached (" + unreachable(e) + ")");
        }
    }

    /** Why a connection failed, in words: the JDK's client often gives only an exception's class. */
    private static String unreachable(java.io.IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
                return "no such host";
            }
            if (cause instanceof HttpTimeoutException) {
                return "no answer within " + TIMEOUT.toSeconds() + " s";
            }
            if (cause instanceof SSLException) {
                return "its secure (HTTPS) connection failed";
            }
            if (cause instanceof ConnectException) {
                return "nothing answers there: the connection was refused";
            }
        }
        return "the connection was closed without an answer";
    }

    private int status(URI uri, String method) throws java.io.IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("User-Agent", USER_AGENT)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
