package dev.byline.importer;

/** What reading an old site's folder gives: the site, or why the folder is not a site of that generator. */
public sealed interface SiteReading {

    record Read(OldSite site) implements SiteReading {
    }

    /** @param message what is missing, in words: the folder is not what the command said */
    record NotASite(String message) implements SiteReading {
    }
}
