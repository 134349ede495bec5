package dev.byline.serve;

import dev.byline.io.MediaTypes;
import dev.byline.model.SitePaths;
import java.util.Locale;

/** Content-Type by file name, as a static host would send it; text types say their charset. */
final class ContentTypes {

    private static final String CHARSET = "; charset=utf-8";

    private ContentTypes() {
    }

    static String of(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.equals(SitePaths.ATOM_FEED)) {
            return "application/atom+xml" + CHARSET;
        }
        if (name.equals(SitePaths.JSON_FEED)) {
            return "application/feed+json" + CHARSET;
        }
        if (name.equals(SitePaths.RSS_FEED)) {
            return "application/rss+xml" + CHARSET;
        }
        return MediaTypes.of(name).map(type -> MediaTypes.isText(type) ? type + CHARSET : type)
                .orElse("application/octet-stream");
    }

    static boolean isHtml(String file) {
        return of(file).startsWith("text/html");
    }
}
