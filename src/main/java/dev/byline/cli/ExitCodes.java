package dev.byline.cli;

/** Byline's exit codes, as DESIGN.md fixes them. */
final class ExitCodes {

    static final int OK = 0;
    /** The site has errors (or its files cannot be read or written). */
    static final int SITE_ERRORS = 1;
    /**
     * A wrong command line. Picocli returns it for what it parses (printing the usage); commands return it for
     * values they check themselves, such as a date, with a message alone.
     */
    static final int USAGE = 2;
    /** A bug in Byline. */
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
