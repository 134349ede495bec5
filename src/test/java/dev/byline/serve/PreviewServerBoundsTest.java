package dev.byline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.output.OutputFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview is for this computer only, and no client can exhaust it: names, header sizes, streams, crowds. */
@Timeout(60)
class PreviewServerBoundsTest {

    private static final String INDEX = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Home</title></head><body><h1>The Byline Review</h1></body></html>\n";

    private PreviewServer server;
    private final List<Socket> openSockets = new ArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = new PreviewServer(new InetSocketAddress("127.0.0.1", 0), SiteSnapshot.of(
                List.of(new OutputFile.Rendered("index.html", "test", INDEX.getBytes(StandardCharsets.UTF_8))), "/"));
        server.start();
    }

    @AfterEach
    void stopServer() throws IOException {
        for (Socket socket : openSockets) {
            socket.close();
        }
        server.stop();
    }

    /** DNS rebinding: a page at evil.example points its name at 127.0.0.1 and asks for the preview's pages. */
    @ParameterizedTest
    @ValueSource(strings = {"evil.example:4000", "evil.example", "localhost.evil.example", "127.0.0.1.nip.io:4000"})
    void requestsForOtherHostNamesAreRefusedWithoutTheSite(String host) throws Exception {
        String response = get("Host: " + host + "\r\n");

        assertThat(RawHttp.status(response)).isEqualTo(403);
        assertThat(response).contains("refused a request for another name (" + host + ")")
                .doesNotContain("The Byline Review");
    }

    @Test
    void requestWithoutAHostIsRefused() throws Exception {
        String response = get("");

        assertThat(RawHttp.status(response)).isEqualTo(403);
        assertThat(response).contains("(none given)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "LocalHost:4000", "localhost.", "127.0.0.1", "127.0.0.1:4000", "[::1]:4000",
        "192.168.1.20:4000"})
    void thisComputersNamesAndAnyAddressWrittenAsDigitsAreServed(String host) throws Exception {
        String response = get("Host: " + host + "\r\n");

        assertThat(RawHttp.status(response)).isEqualTo(200);
        assertThat(response).contains("The Byline Review");
    }

    @Test
    void headersLargerThanABrowserSendsGet431() throws Exception {
        String big = get("Host: localhost\r\nCookie: " + "a".repeat(PreviewServer.MAX_HEADER_BYTES) + "\r\n");
        StringBuilder many = new StringBuilder("Host: localhost\r\n");
        for (int i = 0; i <= PreviewServer.MAX_HEADERS; i++) {
            many.append("X-Header-").append(i).append(": x\r\n");
        }

        assertThat(RawHttp.status(big)).isEqualTo(431);
        assertThat(big).contains("headers are too large");
        assertThat(RawHttp.status(get(many.toString()))).isEqualTo(431);
        assertThat(RawHttp.status(get("Host: localhost\r\n"))).as("still serving").isEqualTo(200);
    }

    @Test
    void liveReloadStreamsPastTheCapAreRefusedWhilePagesAreStillServed() throws Exception {
        for (int i = 0; i < LiveReload.MAX_STREAMS; i++) {
            openStream();
        }
        String refused = RawHttp.exchange(server.port(), "GET " + LiveReload.PATH + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(RawHttp.status(refused)).isEqualTo(503);
        assertThat(refused).containsIgnoringCase("Retry-After: 10").contains("Too many open preview pages");
        assertThat(RawHttp.status(get("Host: localhost\r\n"))).as("pages are still served").isEqualTo(200);
        assertThat(server.liveClients()).isEqualTo(LiveReload.MAX_STREAMS);
    }

    /** 300 clients at once, half of them sending ten requests each on one kept-alive connection: none fails. */
    @Test
    void threeHundredClientsAtOnceAreAllServed() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(300);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                tasks.add(i % 2 == 0 ? () -> servedOnOneConnection(10) : () -> servedOnOneConnection(1));
            }
            int served = 0;
            for (Future<Integer> result : clients.invokeAll(tasks)) {
                served += result.get();
            }
            assertThat(served).isEqualTo(150 * 10 + 150);
        } finally {
            clients.shutdownNow();
        }
    }

    private String get(String headers) throws IOException {
        return RawHttp.exchange(server.port(), "GET / HTTP/1.1\r\n" + headers + "Connection: close\r\n\r\n");
    }

    /** Sends {@code requests} requests one after the other on one connection; the number answered 200 in full. */
    private int servedOnOneConnection(int requests) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(20_000);
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            int served = 0;
            for (int i = 0; i < requests; i++) {
                out.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                String status = in.readLine();
                int length = -1;
                for (String line; !(line = in.readLine()).isEmpty(); ) {
                    if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(line.indexOf(':') + 1).strip());
                    }
                }
                char[] body = new char[length];
                for (int read = 0, n; read < length; read += n) {
                    n = in.read(body, read, length - read);
                    if (n < 0) {
                        return served; // closed in the middle of an answer: that one was not served
                    }
                }
                if (status.startsWith("HTTP/1.1 200") && new String(body).equals(INDEX)) {
                    served++;
                }
            }
            return served;
        }
    }

    /** Opens a live-reload stream and waits until the server has it. */
    private void openStream() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        openSockets.add(socket);
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(("GET " + LiveReload.PATH + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.ISO_8859_1));
        assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
    }
}
