package dev.byline.template;

import dev.byline.BylineVersion;
import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.io.Folders;
import dev.byline.source.SourceFile;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.TemplateOutput;
import gg.jte.output.Utf8ByteOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * The user's jte theme, compiled. All templates are compiled in one javac run into
 * {@code <cache>/jte/<fingerprint>/}, where the fingerprint hashes every template's path and bytes plus the Byline
 * build and jte version; an unchanged theme is loaded from there precompiled, without javac. Thread-safe: pages are
 * rendered in parallel through one instance.
 */
public final class Templates {

    /** An explicit package, so classes compiled on demand load in precompiled mode (jte's defaults differ). */
    static final String PACKAGE = "byline.templates";
    private static final String COMPLETE_MARKER = "complete";
    private static final int KEPT_FINGERPRINTS = 3;
    private static final String COMPILING_PREFIX = "compiling-";
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private final TemplateEngine engine;
    private final String fingerprint;
    private final boolean compiled;
    private final Path classDir;
    private final String templatesDisplay;

    private Templates(Path classDir, String templatesDisplay, boolean compiled) {
        this.fingerprint = classDir.getFileName().toString();
        this.engine = TemplateEngine.createPrecompiled(classDir, ContentType.Html, Templates.class.getClassLoader(),
                PACKAGE);
        this.classDir = classDir;
        this.templatesDisplay = templatesDisplay;
        this.compiled = compiled;
    }

    /**
     * @param templatesDir     the theme folder
     * @param templatesDisplay how messages name it (e.g. {@code templates})
     * @param templates        the theme's .jte files
     * @param required         the templates every theme must have
     * @param cacheDir         the cache root, e.g. {@code .byline-cache}
     * @return the compiled theme, or empty with errors reported
     */
    public static Optional<Templates> load(Path templatesDir, String templatesDisplay, List<SourceFile> templates,
                                           List<String> required, Path cacheDir, Diagnostics diagnostics) {
        List<String> names = templates.stream().map(SourceFile::relative).toList();
        for (String name : required) {
            if (!names.contains(name)) {
                diagnostics.add(Position.ofFile(templatesDisplay + "/" + name).error("the theme has no " + name
                        + "; every theme needs " + String.join(", ", required)));
            }
        }
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        Path jteCache = cacheDir.resolve("jte");
        Path compiledDir = jteCache.resolve(fingerprint(templates));
        try {
            if (isComplete(compiledDir)) {
                return Optional.of(new Templates(compiledDir, templatesDisplay, false));
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
                compile(new ThemeResolver(templatesDir, names), staging);
                publish(staging, compiledDir);
            } catch (TemplateException e) {
                diagnostics.add(TemplateErrors.toDiagnostic(e, templatesDisplay, null));
                return Optional.empty();
            } finally {
                Folders.deleteTree(staging);
            }
            pruneOldFingerprints(jteCache, compiledDir);
        } catch (IOException e) {
            diagnostics.add(Position.ofFile(cacheDir.toString()).error("cannot use the template cache: " + e
                    + "; delete the folder and build again"));
            return Optional.empty();
        }
        return Optional.of(new Templates(compiledDir, templatesDisplay, true));
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

    /** Whether these are the given templates as they are now (same paths and bytes), so no reload is needed. */
    public boolean isFor(List<SourceFile> templates) {
        return fingerprint.equals(fingerprint(templates));
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
    public byte[] render(String template, Object model) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render(template, model, (TemplateOutput) output);
        return output.toByteArray();
    }

    /** A render failure as a diagnostic at the template line that failed. */
    public Diagnostic diagnose(TemplateException e) {
        return TemplateErrors.toDiagnostic(e, templatesDisplay, classDir);
    }

    static String fingerprint(List<SourceFile> templates) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            BylineVersion version = BylineVersion.current();
            digest.update((version.version() + "\0" + version.build() + "\0" + version.jte() + "\0")
                    .getBytes(StandardCharsets.UTF_8));
            for (SourceFile template : templates.stream().sorted(Comparator.comparing(SourceFile::relative)).toList()) {
                digest.update((template.relative() + "\0").getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(template.path()));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static void publish(Path staging, Path compiledDir) throws IOException {
        if (Files.exists(compiledDir)) {
            Folders.deleteTree(compiledDir); // an incomplete earlier attempt: it has no marker
        }
        Folders.move(staging, compiledDir);
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
