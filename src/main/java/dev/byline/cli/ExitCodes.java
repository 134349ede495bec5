package dev.byline.cli;

/** Byline's exit codes, as DESIGN.md fixes them; the fourth, 2 for a wrong command line, is picocli's own. */
final class ExitCodes {

    static final int OK = 0;
    /** The site has errors (or its files cannot be read or written). */
    static final int SITE_ERRORS = 1;
    /** A bug in Byline. */
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
