package dev.byline.source;

import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.io.FileProblems;
import dev.byline.io.FileVersion;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Walks {@code content/} and {@code templates/} once and classifies every file. Version-control and editor litter
 * is skipped everywhere, other hidden files everywhere but {@code static/}; any other file that Byline would not
 * use is reported as a warning, so nothing is skipped silently.
 */
public final class SourceScanner {

    private static final Set<String> LITTER = Set.of(".git", ".hg", ".svn", ".gitkeep", ".DS_Store", "Thumbs.db",
            "desktop.ini", ".idea", ".vscode");

    /** What {@code content/} holds besides static files: the site's sources, drafts among them, never published. */
    private static final List<String> SOURCES = List.of("articles", "authors", "pages", "site.yaml");

    private final DisplayPaths displayPaths;

    public SourceScanner(DisplayPaths displayPaths) {
        this.displayPaths = displayPaths;
    }

    public SourceTree scan(Path contentDir, Path templatesDir, Diagnostics diagnostics) {
        List<Found> files = new ArrayList<>();
        SiteFolder.missing(contentDir, displayPaths).ifPresent(diagnostics::add);
        if (Files.isDirectory(contentDir)) { // without site.yaml, the articles are still read for their errors
            addContent(contentDir, files, diagnostics);
        }
        if (Files.exists(templatesDir) && requireTemplatesDirectory(templatesDir, diagnostics)) {
            // no templates folder: the built-in theme alone; a folder overrides it file by file
            walk(templatesDir, Optional.empty(), diagnostics, (file, relative, attributes) -> {
                Classified classified = ofTemplates(relative);
                if (classified == Classified.UNKNOWN) {
                    diagnostics.add(Position.ofFile(displayPaths.of(file)).warning(
                            "not a template (.jte) and not under templates/assets/; ignored"));
                } else if (classified != Classified.SKIPPED) {
                    files.add(new Found(classified.kind(), file, classified.relative(), attributes));
                }
            });
        }
        return tree(files);
    }

    /** {@code content/} alone, for a command that reads the site without building it ({@code byline new}). */
    public SourceTree scanContent(Path contentDir, Diagnostics diagnostics) {
        List<Found> files = new ArrayList<>();
        addContent(contentDir, files, diagnostics);
        return tree(files);
    }

    /** A file the walk found, before its version is read. */
    private record Found(SourceKind kind, Path file, String relative, BasicFileAttributes attributes) {
    }

    /**
     * The files found, each with its version, sorted by name: the versions are read in parallel (a change time is
     * one more call to the file system per file, and ten thousand of them are worth two cores).
     */
    private SourceTree tree(List<Found> found) {
        return new SourceTree(found.parallelStream()
                .map(file -> source(file.kind(), file.file(), file.relative(), file.attributes()))
                .sorted(Comparator.comparing(SourceFile::display))
                .toList());
    }

    private boolean requireTemplatesDirectory(Path dir, Diagnostics diagnostics) {
        if (Files.isDirectory(dir)) {
            return true;
        }
        diagnostics.add(Position.ofFile(displayPaths.of(dir)).error("the templates folder is a file; run Byline in "
                + "your site's folder or point --templates at it"));
        return false;
    }

    private void addContent(Path contentDir, List<Found> files, Diagnostics diagnostics) {
        Path config = contentDir.resolve("site.yaml");
        if (Files.isRegularFile(config)) { // when it is not, SiteFolder said so
            files.add(new Found(SourceKind.CONFIG, config, "site.yaml", null));
        }
        walk(contentDir, Optional.of(contentDir.resolve("static")), diagnostics, (file, relative, attributes) -> {
            Classified classified = ofContent(relative);
            if (classified == Classified.UNKNOWN) {
                diagnostics.add(Position.ofFile(displayPaths.of(file)).warning("ignored: articles are "
                        + "content/articles/**/*.md (or .markdown), pages content/pages/**/*.md, authors "
                        + "content/authors/<slug>.yaml, other files go in content/static/"));
            } else if (classified != Classified.SKIPPED) {
                files.add(new Found(classified.kind(), file, classified.relative(), attributes));
            }
        });
    }

    /**
     * What a file is, by its path in its folder: its kind and path within the kind's folder; {@link #SKIPPED} for
     * one Byline passes over in silence, {@link #UNKNOWN} for one to warn about.
     */
    private record Classified(SourceKind kind, String relative) {
        static final Classified SKIPPED = new Classified(null, "");
        static final Classified UNKNOWN = new Classified(null, "?");
    }

    /** A file of the content folder (site.yaml is read on its own, before the walk). */
    private static Classified ofContent(String relative) {
        if (relative.equals("site.yaml") || (isHidden(relative) && !relative.startsWith("static/"))) {
            return Classified.SKIPPED;
        }
        if (relative.startsWith("articles/") && isMarkdown(relative)) {
            return new Classified(SourceKind.ARTICLE, relative.substring("articles/".length()));
        }
        if (relative.startsWith("pages/") && isMarkdown(relative)) {
            return new Classified(SourceKind.PAGE, relative.substring("pages/".length()));
        }
        if (relative.startsWith("authors/") && isYaml(relative) && relative.indexOf('/', 8) < 0) {
            return new Classified(SourceKind.AUTHOR, relative.substring("authors/".length()));
        }
        if (relative.startsWith("static/")) {
            return new Classified(SourceKind.STATIC, relative.substring("static/".length()));
        }
        return Classified.UNKNOWN;
    }

    /** A file of the templates folder. */
    private static Classified ofTemplates(String relative) {
        if (isHidden(relative)) {
            return Classified.SKIPPED;
        }
        if (relative.startsWith("assets/")) {
            return new Classified(SourceKind.ASSET, relative.substring("assets/".length()));
        }
        return relative.endsWith(".jte") ? new Classified(SourceKind.TEMPLATE, relative) : Classified.UNKNOWN;
    }

    /**
     * The tree of an earlier scan with these files as they are now, when every one is a plain file of a known kind
     * (or is gone): what the file watcher reports after a save, without walking ten thousand files again. Empty
     * when a full scan is needed: a folder, a link, a file of no known kind, one whose real path is elsewhere, or
     * site.yaml (read on its own); the earlier scan's messages stay true only when no such file changed.
     */
    public Optional<SourceTree> update(SourceTree earlier, Collection<Path> changed, Path contentDir,
                                       Path templatesDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        Path templates = templatesDir.toAbsolutePath().normalize();
        List<SourceFile> files = new ArrayList<>(earlier.files());
        boolean added = false;
        for (Path path : changed) {
            Path absolute = path.toAbsolutePath().normalize();
            if (absolute.equals(content) || absolute.equals(templates)) {
                return Optional.empty(); // the watcher lost track (an overflow): walk again
            }
            boolean inContent = absolute.startsWith(content);
            if (!inContent && !absolute.startsWith(templates)) {
                continue; // the watcher watches only these two folders; nothing else is part of the site
            }
            Path root = inContent ? content : templates;
            String relative = root.relativize(absolute).toString().replace('\\', '/');
            if (Arrays.stream(relative.split("/")).map(Path::of).anyMatch(SourceScanner::isIgnored)) {
                continue; // litter, or inside a litter folder such as .git/: never part of the site
            }
            Path named = (inContent ? contentDir : templatesDir).resolve(relative); // as the walk names it
            int known = indexOf(files, named);
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException gone) {
                if (files.stream().anyMatch(file -> file.path().startsWith(named) && !file.path().equals(named))) {
                    return Optional.empty(); // a folder went: walk again
                }
                if (known >= 0) {
                    files.remove(known);
                }
                continue;
            }
            Classified classified = inContent ? ofContent(relative) : ofTemplates(relative);
            if (!attributes.isRegularFile() || relative.equals("site.yaml") || classified == Classified.UNKNOWN
                    || !realPath(absolute).equals(realPath(root).resolve(relative))) {
                return Optional.empty();
            }
            if (classified != Classified.SKIPPED) {
                SourceFile now = source(classified.kind(), named, classified.relative(), attributes);
                if (known >= 0) {
                    files.set(known, now);
                } else {
                    files.add(now);
                    added = true;
                }
            }
        }
        if (added) {
            files.sort(Comparator.comparing(SourceFile::display));
        }
        return Optional.of(new SourceTree(files));
    }

    /** Where a file of this path is in the list, or -1. */
    private static int indexOf(List<SourceFile> files, Path path) {
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).path().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    /** A dot-file, or a file in a dot-folder: kept only among static files. */
    private static boolean isHidden(String relative) {
        return relative.startsWith(".") || relative.contains("/.");
    }

    /** An article's name ends as Markdown's usual ones do: {@code .md}, or {@code .markdown} as Jekyll sites have. */
    private static boolean isMarkdown(String relative) {
        String lower = relative.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    private static boolean isYaml(String relative) {
        return relative.endsWith(".yaml") || relative.endsWith(".yml");
    }

    /** A file as found, with its {@link FileVersion}: from the walk's attributes, or read now when {@code null}. */
    private SourceFile source(SourceKind kind, Path file, String relative, BasicFileAttributes attributes) {
        String version;
        try {
            version = attributes == null ? FileVersion.of(file) : FileVersion.of(file, attributes);
        } catch (IOException unreadable) {
            version = SourceFile.UNKNOWN_VERSION; // reading it reports why
        }
        return new SourceFile(kind, file, displayPaths.of(file), relative, version);
    }

    private interface FileHandler {
        void accept(Path file, String relativePath, BasicFileAttributes attributes);
    }

    /**
     * Walks a folder, following symbolic links that stay inside it (a shared image folder, an article kept once and
     * linked twice) and refusing, as an error, links that lead out of it: a site is built from its own folder, and
     * a link to {@code /etc} must not publish what it points at. Nor may a link under {@code published} (whose files
     * go on the web as they are) lead into the root's {@link #SOURCES}: that would publish Markdown and drafts.
     */
    private void walk(Path root, Optional<Path> published, Diagnostics diagnostics, FileHandler handler) {
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            diagnostics.add(Position.ofFile(displayPaths.of(root)).error(FileProblems.cannotBeRead(e)));
            return;
        }
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(root) && (isIgnored(dir) || leadsOut(dir, root, realRoot, published, diagnostics))) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isSymbolicLink()) { // a link that was followed points at nothing
                                diagnostics.add(Position.ofFile(displayPaths.of(file)).warning("broken symbolic "
                                        + "link: what it points at does not exist (or it points at itself); ignored"));
                            } else if (leadsOut(file, root, realRoot, published, diagnostics)) {
                                return FileVisitResult.CONTINUE;
                            } else if (attrs.isRegularFile() && !isIgnored(file)) {
                                handler.accept(file, root.relativize(file).toString().replace('\\', '/'), attrs);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String message = e instanceof FileSystemLoopException
                                    ? "symbolic link loop: this link points back to a folder that contains it"
                                    : FileProblems.cannotBeRead(e);
                            diagnostics.add(Position.ofFile(displayPaths.of(file)).error(message));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            diagnostics.add(Position.ofFile(displayPaths.of(root)).error(FileProblems.cannotBeRead(e)));
        }
    }

    /**
     * A symbolic link to something outside the folder being walked, or from a published folder into the sources:
     * reported, not followed.
     */
    private boolean leadsOut(Path path, Path root, Path realRoot, Optional<Path> published, Diagnostics diagnostics) {
        if (!Files.isSymbolicLink(path)) {
            return false;
        }
        Path target;
        try {
            target = path.toRealPath();
        } catch (IOException unreadable) {
            return false; // reported where the walk fails to read it
        }
        if (!target.startsWith(realRoot)) {
            diagnostics.add(Position.ofFile(displayPaths.of(path)).error("symbolic link to a place outside "
                    + displayPaths.of(realRoot) + "; Byline builds only what is inside it: copy the file or folder "
                    + "in instead of linking to it"));
            return true;
        }
        if (published.isEmpty() || !path.startsWith(published.get())) {
            return false;
        }
        for (String source : SOURCES) {
            Path sources = root.resolve(source);
            if (target.startsWith(realPath(sources))) {
                diagnostics.add(Position.ofFile(displayPaths.of(path)).error("symbolic link into "
                        + displayPaths.of(sources) + ", the site's sources: what is under "
                        + displayPaths.of(published.get()) + " is published as it is, so this would put sources "
                        + "(drafts too) on the web; copy in what you mean to publish instead of linking to it"));
                return true;
            }
        }
        return false;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException vanished) {
            return path.toAbsolutePath().normalize(); // not there: nothing real lies inside it
        }
    }

    /**
     * Version control, operating system and editor litter: never part of a site. Other dot-files are kept, since
     * a site may need them ({@code .well-known/}, {@code .nojekyll}); they are used where they belong (static/)
     * and reported elsewhere.
     */
    public static boolean isIgnored(Path path) {
        String name = path.getFileName().toString();
        return LITTER.contains(name) || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swo")
                || name.startsWith("#") || name.startsWith("._");
    }
}
