package dev.byline.template;

import dev.byline.BylineVersion;
import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.io.FileProblems;
import dev.byline.io.Folders;
import dev.byline.model.PageModel;
import dev.byline.source.SourceFile;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.TemplateOutput;
import gg.jte.output.Utf8ByteOutput;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * The site's jte theme, ready to render: Byline's {@link BuiltInTheme} with the site's own templates in place of
 * the built-in ones they share a name with. When the site overrides nothing (no templates folder, or unchanged
 * copies), the built-in theme's precompiled classes render the pages and javac never runs. Otherwise all templates
 * are compiled in one javac run into {@code <cache>/jte/<fingerprint>/}, where the fingerprint hashes every
 * template's path and bytes plus the Byline build and jte version; an unchanged theme is loaded from there, without
 * javac. Thread-safe: pages are rendered in parallel through one instance.
 */
public final class Templates {

    /** An explicit package, so classes compiled on demand load in precompiled mode (jte's defaults differ). */
    static final String PACKAGE = "byline.templates";
    private static final String BUILT_IN = "built-in";
    private static final String COMPLETE_MARKER = "complete";
    private static final int KEPT_FINGERPRINTS = 3;
    private static final String COMPILING_PREFIX = "compiling-";
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);
    /** The cache's folder for compiled themes. */
    public static final String CACHE_FOLDER = "jte";

    private final TemplateEngine engine;
    private final String fingerprint;
    private final boolean compiled;
    private final Path classDir;
    private final String packageName;
    private final String templatesDisplay;
    private final Set<String> siteTemplates;

    private Templates(TemplateEngine engine, String fingerprint, Path classDir, String packageName,
                      String templatesDisplay, boolean compiled, Set<String> siteTemplates) {
        this.engine = engine;
        this.siteTemplates = Set.copyOf(siteTemplates);
        this.fingerprint = fingerprint;
        this.classDir = classDir;
        this.packageName = packageName;
        this.templatesDisplay = templatesDisplay;
        this.compiled = compiled;
    }

    /** The built-in theme as Byline's own build compiled it; the site may have unchanged copies of some templates. */
    private static Templates builtIn(String templatesDisplay, Set<String> siteTemplates) {
        return new Templates(TemplateEngine.createPrecompiled(null, ContentType.Html,
                Templates.class.getClassLoader(), BuiltInTheme.PACKAGE), BUILT_IN, null, BuiltInTheme.PACKAGE,
                templatesDisplay, false, siteTemplates);
    }

    /** A theme compiled into {@code classDir}. */
    private static Templates compiledIn(Path classDir, String templatesDisplay, boolean compiledNow,
                                        Set<String> siteTemplates) {
        return new Templates(TemplateEngine.createPrecompiled(classDir, ContentType.Html,
                Templates.class.getClassLoader(), PACKAGE), classDir.getFileName().toString(), classDir, PACKAGE,
                templatesDisplay, compiledNow, siteTemplates);
    }

    /**
     * What tells this theme from any other: {@value #BUILT_IN} for the built-in theme as shipped, else a hash of
     * its templates and of Byline's build. Every page records it: another theme renders every page again.
     */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * @param templatesDisplay how messages name the site's theme folder (e.g. {@code templates})
     * @param templates        the site's .jte files (none when it has no theme folder)
     * @param cacheDir         the cache root, e.g. {@code .byline-cache}
     * @return the theme, or empty with errors reported
     */
    public static Optional<Templates> load(String templatesDisplay, List<SourceFile> templates, Path cacheDir,
                                           Diagnostics diagnostics) {
        Optional<Map<String, byte[]>> read = effectiveTheme(templates, (template, e) ->
                diagnostics.add(Position.ofFile(template.display()).error(FileProblems.cannotBeRead(e))));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Map<String, byte[]> effective = read.get();
        Set<String> siteTemplates = templates.stream().map(SourceFile::relative).collect(Collectors.toSet());
        String fingerprint = fingerprint(effective);
        if (fingerprint.equals(BUILT_IN)) {
            return Optional.of(builtIn(templatesDisplay, siteTemplates));
        }
        Path jteCache = cacheDir.resolve(CACHE_FOLDER);
        Path compiledDir = jteCache.resolve(fingerprint);
        try {
            if (isComplete(compiledDir)) {
                return Optional.of(compiledIn(compiledDir, templatesDisplay, false, siteTemplates));
            }
            if (ToolProvider.getSystemJavaCompiler() == null) {
                diagnostics.add(Position.ofFile(templatesDisplay).error("compiling templates needs a full JDK "
                        + "(javac), and the Java running Byline (" + System.getProperty("java.home") + ") has none; "
                        + "run Byline with a JDK 17 or newer"));
                return Optional.empty();
            }
            Files.createDirectories(jteCache);
            Path staging = Files.createTempDirectory(jteCache, COMPILING_PREFIX);
            try {
                compile(new ThemeResolver(effective), staging);
                publish(staging, compiledDir);
            } catch (TemplateException e) {
                diagnostics.add(TemplateErrors.toDiagnostic(e, templatesDisplay, null, PACKAGE, siteTemplates));
                return Optional.empty();
            } finally {
                Folders.deleteTree(staging);
            }
            pruneOldFingerprints(jteCache, compiledDir);
        } catch (IOException e) {
            diagnostics.add(Position.ofFile(cacheDir.toString()).error("cannot use the template cache ("
                    + FileProblems.describe(e) + "); delete the folder and build again"));
            return Optional.empty();
        }
        return Optional.of(compiledIn(compiledDir, templatesDisplay, true, siteTemplates));
    }

    /**
     * The built-in templates, each replaced by the site's template of the same name, plus the site's others; empty
     * when any of the site's cannot be read, each told to {@code unreadable}.
     */
    private static Optional<Map<String, byte[]>> effectiveTheme(List<SourceFile> templates,
                                                                BiConsumer<SourceFile, IOException> unreadable) {
        Map<String, byte[]> effective = new TreeMap<>(BuiltInTheme.templates());
        boolean all = true;
        for (SourceFile template : templates) {
            try {
                effective.put(template.relative(), Files.readAllBytes(template.path()));
            } catch (IOException e) {
                unreadable.accept(template, e);
                all = false;
            }
        }
        return all ? Optional.of(effective) : Optional.empty();
    }

    /** All templates in one javac run, then the list of class files, which marks the folder complete. */
    private static void compile(ThemeResolver resolver, Path classDir) throws IOException {
        TemplateEngine compiler = TemplateEngine.create(resolver, classDir, ContentType.Html,
                Templates.class.getClassLoader(), PACKAGE);
        compiler.setClassPath(classPath());
        // Java 17 class files, so a cache made by a newer JDK still loads when Byline runs on 17
        compiler.setCompileArgs("--release", "17");
        compiler.setTrimControlStructures(true); // no blank lines where @if and @for stood
        compiler.setBinaryStaticContent(true); // static markup pre-encoded as UTF-8 bytes
        compiler.precompileAll();
        try (Stream<Path> files = Files.walk(classDir)) {
            List<String> classes = files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classDir.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
            Files.write(classDir.resolve(COMPLETE_MARKER), classes, StandardCharsets.UTF_8);
        }
    }

    /**
     * Whether a compiled theme is there whole. A folder damaged since (a class file deleted by hand or by a cleaner)
     * is removed, so the theme is compiled again rather than failing on every build.
     */
    private static boolean isComplete(Path compiledDir) throws IOException {
        Path marker = compiledDir.resolve(COMPLETE_MARKER);
        if (!Files.exists(marker)) {
            return false;
        }
        for (String classFile : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
            if (!Files.isRegularFile(compiledDir.resolve(classFile))) {
                Folders.deleteTree(compiledDir);
                return false;
            }
        }
        return true;
    }

    /** Whether this is the theme these site templates make as they are now (same paths and bytes). */
    public boolean isFor(List<SourceFile> templates) {
        return effectiveTheme(templates, (template, unreadable) -> { }) // loading reports it
                .map(effective -> fingerprint.equals(fingerprint(effective))).orElse(false);
    }

    /** Whether this build ran javac (false when the theme came from the cache). */
    public boolean compiled() {
        return compiled;
    }

    /**
     * Renders a template to UTF-8 bytes.
     *
     * @throws TemplateException when the template fails; {@link #diagnose} says where and why
     */
    public byte[] render(String template, PageModel model) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render(template, model, (TemplateOutput) output);
        return output.toByteArray();
    }

    /** A render failure as a diagnostic at the template line that failed. */
    public Diagnostic diagnose(TemplateException e) {
        return TemplateErrors.toDiagnostic(e, templatesDisplay, classDir, packageName, siteTemplates);
    }

    /** {@value #BUILT_IN} for the built-in theme as shipped; otherwise a hash of the theme and of Byline's build. */
    static String fingerprint(Map<String, byte[]> theme) {
        if (sameBytes(theme, BuiltInTheme.templates())) {
            return BUILT_IN;
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            BylineVersion version = BylineVersion.current();
            digest.update((version.stamp() + "\0")
                    .getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> template : theme.entrySet()) {
                digest.update((template.getKey() + "\0").getBytes(StandardCharsets.UTF_8));
                digest.update(template.getValue());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static boolean sameBytes(Map<String, byte[]> theme, Map<String, byte[]> builtIn) {
        return theme.keySet().equals(builtIn.keySet())
                && theme.entrySet().stream().allMatch(entry -> Arrays.equals(entry.getValue(), builtIn.get(entry.getKey())));
    }

    /**
     * Templates compile against Byline's model classes and jte's runtime. Their locations are given to javac
     * explicitly: under {@code java -jar} or a test runner, {@code java.class.path} does not list them.
     */
    private static List<String> classPath() {
        return Stream.of(Templates.class, TemplateOutput.class)
                .map(type -> {
                    try {
                        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
                    } catch (URISyntaxException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .distinct()
                .toList();
    }

    /**
     * Puts the compiled theme in place in one rename. Another Byline on the same cache (a {@code serve} beside a
     * {@code build}) may have published the same theme meanwhile and be loading classes from it: a complete folder
     * is never replaced, ours is dropped instead.
     */
    private static void publish(Path staging, Path compiledDir) throws IOException {
        if (isComplete(compiledDir)) {
            return;
        }
        Folders.deleteTree(compiledDir); // an incomplete earlier attempt: it has no marker
        try {
            Folders.move(staging, compiledDir);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException publishedMeanwhile) {
            if (!isComplete(compiledDir)) {
                throw publishedMeanwhile;
            }
        }
    }

    /**
     * Keeps the newest few compiled themes (switching between two branches of a theme stays fast) and removes
     * compile folders left by a run that was stopped mid-javac; ones younger than {@link #ABANDONED_AFTER} may
     * belong to another Byline running now.
     */
    private static void pruneOldFingerprints(Path jteCache, Path keep) throws IOException {
        List<Path> compiled = new ArrayList<>();
        long abandonedBefore = System.currentTimeMillis() - ABANDONED_AFTER.toMillis();
        try (Stream<Path> entries = Files.list(jteCache)) {
            for (Path entry : entries.toList()) {
                if (entry.getFileName().toString().startsWith(COMPILING_PREFIX)) {
                    if (lastModified(entry) < abandonedBefore) {
                        Folders.deleteTree(entry);
                    }
                } else if (!entry.equals(keep)) {
                    compiled.add(entry);
                }
            }
        }
        compiled.sort(Comparator.comparingLong(Templates::lastModified).reversed());
        for (Path old : compiled.subList(Math.min(KEPT_FINGERPRINTS - 1, compiled.size()), compiled.size())) {
            Folders.deleteTree(old);
        }
    }

    private static long lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

}
