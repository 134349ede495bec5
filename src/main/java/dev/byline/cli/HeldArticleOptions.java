package dev.byline.cli;

import picocli.CommandLine.Option;

/** {@code --drafts} and {@code --future} for the commands that leave such articles out unless asked (build, check, list). */
final class HeldArticleOptions {

    @Option(names = "--drafts", description = "Also include articles marked draft: true.")
    boolean drafts;

    @Option(names = "--future", description = "Also include articles dated in the future.")
    boolean future;
}
