package dev.byline.serve;

import dev.byline.diag.Diagnostic;
import java.util.List;

/** What the browser shows when a build failed: an overlay on the last good page, or a page of its own. */
final class ErrorPage {

    private static final String STYLE = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;"
            + "padding:2rem;background:rgba(29,27,24,.94);color:#fbf8f2;font:15px/1.5 ui-monospace,monospace";

    private ErrorPage() {
    }

    /** The build's problems over the page, until the next good build reloads it. */
    static String overlay(List<Diagnostic> problems) {
        StringBuilder html = new StringBuilder("<div id=\"byline-errors\" role=\"alert\" style=\"" + STYLE + "\">")
                .append("<h2 style=\"margin-top:0;color:#ffb4a9\">Byline: the last rebuild failed</h2>")
                .append("<p>The page below is from the last good build. Fix these and save:</p><ul>");
        for (Diagnostic problem : problems) {
            html.append("<li><code>").append(escape(problem.format())).append("</code></li>");
        }
        return html.append("</ul></div>").toString();
    }

    /** A page for every address while there has been no good build yet. */
    static String noSite(List<Diagnostic> problems) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title></head>"
                + "<body>" + overlay(problems) + "</body></html>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
