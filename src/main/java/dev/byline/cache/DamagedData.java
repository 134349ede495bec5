package dev.byline.cache;

/** What a cache file holds does not read as what was written: it is never trusted, the build starts afresh. */
final class DamagedData extends RuntimeException {

    DamagedData(String what) {
        super(what, null, false, false); // expected and handled: no stack trace to fill in
    }
}
