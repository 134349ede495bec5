package dev.byline.importer;

import java.time.ZoneId;

/**
 * What the old site's settings say that site.yaml says too.
 *
 * @param title        the site's title
 * @param description  its description, or empty
 * @param baseUrl      the address it is served at, ending with a slash; {@code https://example.org/} when unknown
 * @param basePath     the path part of the old addresses ({@code /blog} for Jekyll's {@code baseurl: /blog}), or
 *                     empty
 * @param language     its language tag, or empty
 * @param zone         the zone its dates without an offset are read in
 * @param paginate     posts per page, or 0 for Byline's default
 * @param author       the writer of posts that name none, or empty
 * @param allowRawHtml whether the old site showed HTML written in posts
 */
public record OldSettings(String title, String description, String baseUrl, String basePath, String language,
                          ZoneId zone, int paginate, String author, boolean allowRawHtml) {
}
