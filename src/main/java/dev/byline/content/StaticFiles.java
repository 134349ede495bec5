package dev.byline.content;

import dev.byline.diag.Diagnostics;
import dev.byline.source.SourceFile;
import dev.byline.yaml.Located;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The site's own files, {@code content/static/}, copied to the site's root: finds the file a site path names, and
 * reports a file named in front matter, an author file or site.yaml that is not there, at the line that names it
 * (once, however many pages would show the broken picture). Web addresses are not checked here. What is there is
 * what the source stage's scan found: a lookup, never a question to the disk, so every stage sees the same files.
 */
public final class StaticFiles {

    private final Map<String, SourceFile> bySitePath;
    private final String display;

    /**
     * @param files   the static files the scan found, each at its site path ({@link SourceFile#relative()})
     * @param display the folder as messages name it ({@code content/static})
     */
    public StaticFiles(List<SourceFile> files, String display) {
        Map<String, SourceFile> bySitePath = new HashMap<>();
        files.forEach(file -> bySitePath.put(file.relative(), file));
        this.bySitePath = Map.copyOf(bySitePath);
        this.display = display;
    }

    /**
     * The file a site path names ({@code /images/a.jpg} or {@code images/a.jpg}, without the base path; a query,
     * a fragment and %-escapes are read as a browser would), when it is one of the site's own. A path with
     * {@code ..} names none: it could climb out of the folder.
     */
    public Optional<SourceFile> file(String sitePath) {
        String path = decoded(sitePath.replaceFirst("[?#].*$", ""));
        if (path.contains("..")) {
            return Optional.empty();
        }
        // as a file system reads it: a doubled slash or a "." adds nothing
        String normalised = Arrays.stream(path.split("/"))
                .filter(segment -> !segment.isEmpty() && !segment.equals("."))
                .collect(Collectors.joining("/"));
        return Optional.ofNullable(bySitePath.get(normalised));
    }

    /**
     * Reports every site file the articles (their {@code image}, the avatars of writers they describe) and the
     * author registry name that does not exist. Drafts and scheduled pieces count too: their mistakes show before
     * the day they are published.
     */
    public void checkNamedIn(List<? extends ParsedArticle> articles, List<RegistryAuthor> registry,
                             Diagnostics diagnostics) {
        for (RegistryAuthor author : registry) {
            checkAvatar(author.profile(), diagnostics);
        }
        for (ParsedArticle article : articles) {
            if (article.image() != null) {
                checkExists("image", article.image().source(), diagnostics);
            }
            for (AuthorRef author : article.authors()) {
                if (author instanceof AuthorRef.Named named) {
                    checkAvatar(named.profile(), diagnostics);
                }
            }
        }
    }

    private void checkAvatar(AuthorProfile profile, Diagnostics diagnostics) {
        profile.avatarAsWritten().ifPresent(avatar -> checkExists("avatar", avatar, diagnostics));
    }

    /**
     * Reports {@code written}, the value of {@code key}, when it names a file of the site that does not exist.
     * Web addresses ({@code https://...}, {@code //cdn...}) are left alone.
     */
    public void checkExists(String key, Located<String> written, Diagnostics diagnostics) {
        String value = written.value();
        if (value.contains("://") || value.startsWith("//") || file(value).isPresent()) {
            return;
        }
        if (TemplateSyntax.appearsIn(value)) {
            String path = TemplateSyntax.pathWithout(value);
            diagnostics.add(written.position().error(key + " \"" + value + "\" is a template expression, which "
                    + "Byline does not fill in; write the path from the site's root" + (path.equals("/") ? ""
                    : ": " + path)));
            return;
        }
        String relative = value.replaceFirst("[?#].*$", "").replaceFirst("^/+", "");
        diagnostics.add(written.position().error(key + " " + value + " does not exist; put the file at " + display
                + "/" + relative + " or fix the path"));
    }

    /** %-escapes as a browser sends them ({@code my%20photo.jpg} is {@code my photo.jpg}); a stray % stays. */
    private static String decoded(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEscaped) {
            return path;
        }
    }
}
