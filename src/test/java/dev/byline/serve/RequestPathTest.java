package dev.byline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/                         | /",
        "/articles/a/              | /articles/a/",
        "/assets/style.css         | /assets/style.css",
        "/caf%C3%A9/               | /café/",
        "/caf%c3%a9/               | /café/",
        "/a%20b/c%2Dd              | /a b/c-d",
        "/a%2fb                    | /a/b",
        "/%E2%80%9Cquoted%E2%80%9D | /“quoted”",
        "/.well-known/security.txt | /.well-known/security.txt",
        "/...                      | /...",
        "/a..b/                    | /a..b/",
    })
    void acceptsNormalAndPercentEncodedUtf8Paths(String raw, String decoded) {
        assertThat(RequestPath.decode(raw)).hasValue(decoded);
    }

    @Test
    void acceptsFourByteUtf8Escapes() {
        assertThat(RequestPath.decode("/%F0%9F%93%B0/")).hasValue("/\uD83D\uDCF0/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/..", "/../etc/passwd", "/a/../b", "/a/..", "/.", "/./a", "/a/./b", "/a/."})
    void refusesDotSegments(String raw) {
        assertThat(RequestPath.decode(raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%2e%2e/etc/passwd", "/%2E%2E", "/.%2e/", "/%2e./", "/%2e/a", "/a/%2e",
        "/..%2f..%2fetc%2fpasswd", "/a%2f..%2fb"})
    void refusesEncodedDotSegments(String raw) {
        assertThat(RequestPath.decode(raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"//etc/passwd", "/a//b", "/%2fetc/passwd", "/a%2f/b", "/a/%2F"})
    void refusesEmptySegmentsRawOrFromEncodedSlashes(String raw) {
        assertThat(RequestPath.decode(raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a\\b", "/..\\etc\\passwd", "\\", "/a%5cb", "/a%5Cb", "/%5c..%5c"})
    void refusesBackslashesRawOrEncoded(String raw) {
        assertThat(RequestPath.decode(raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a%00b", "/index.html%00.png", "/%00", "/a\u0000b"})
    void refusesNul(String raw) {
        assertThat(RequestPath.decode(raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%c0%ae%c0%ae/etc/passwd", "/%c0%af", "/%e0%80%ae", "/%C1%9C", "/%ff", "/%80",
        "/%c3", "/%e2%80", "/%ed%a0%80"})
    void refusesBytesThatAreNotUtf8IncludingOverlongForms(String raw) {
        assertThat(RequestPath.decode(raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%zz", "/a%g1", "/a%1g", "/a%", "/a%4", "/%", "/%%41", "/%-1"})
    void refusesBadEscapes(String raw) {
        assertThat(RequestPath.decode(raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a/b", "index.html", "*", "%2fa", "http://example.org/"})
    void refusesPathsNotStartingWithSlash(String raw) {
        assertThat(RequestPath.decode(raw)).isEmpty();
    }

    @Test
    void refusesNoPath() {
        assertThat(RequestPath.decode(null)).isEmpty();
    }
}
