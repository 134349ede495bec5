package dev.byline.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The theme that ships inside Byline: the repository's {@code templates/} folder, packed into the jar at Byline's
 * own build (as resources under {@code byline-theme/}) with its templates precompiled by the jte Maven plugin (into
 * package {@value #PACKAGE}). A site's {@code templates/} folder overrides it file by file: a site without one, or
 * whose copies are unchanged, renders with the precompiled classes and never needs javac.
 */
public final class BuiltInTheme {

    /** The package the jte Maven plugin generates the theme's classes into (see pom.xml). */
    static final String PACKAGE = "byline.theme";
    private static final String RESOURCES = "byline-theme/"; // not a package name: no class files in it
    private static final String ASSETS_FOLDER = "assets/";

    private BuiltInTheme() {
    }

    /** Read once, on first use: the files never change while Byline runs. */
    private static final class Loaded {
        static final Map<String, byte[]> FILES = load();
        static final Map<String, byte[]> TEMPLATES = select(name -> name.endsWith(".jte"));
        static final Map<String, byte[]> ASSETS = select(name -> name.startsWith(ASSETS_FOLDER));
    }

    /** Every file of the theme, by path within it ({@code layout.jte}, {@code assets/style.css}), in name order. */
    public static Map<String, byte[]> files() {
        return Loaded.FILES;
    }

    /** The templates ({@code .jte} files), by path within the theme. */
    public static Map<String, byte[]> templates() {
        return Loaded.TEMPLATES;
    }

    /** The assets (the files under {@code assets/}), by path within the theme. */
    public static Map<String, byte[]> assets() {
        return Loaded.ASSETS;
    }

    private static Map<String, byte[]> select(Predicate<String> wanted) {
        Map<String, byte[]> selected = new TreeMap<>();
        Loaded.FILES.forEach((name, bytes) -> {
            if (wanted.test(name)) {
                selected.put(name, bytes);
            }
        });
        return Collections.unmodifiableMap(selected);
    }

    /** The theme's resources, from the jar Byline runs from or, in Byline's own tests, from its classes folder. */
    private static Map<String, byte[]> load() {
        try {
            Path codeSource = Path.of(BuiltInTheme.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Map<String, byte[]> files = new TreeMap<>();
            if (Files.isDirectory(codeSource)) {
                Path root = codeSource.resolve(RESOURCES);
                try (Stream<Path> paths = Files.walk(root)) {
                    for (Path path : paths.filter(Files::isRegularFile).toList()) {
                        files.put(root.relativize(path).toString().replace('\\', '/'),
                                Files.readAllBytes(path));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(codeSource.toFile())) {
                    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                        JarEntry entry = entries.nextElement();
                        if (entry.getName().startsWith(RESOURCES) && !entry.isDirectory()) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                files.put(entry.getName().substring(RESOURCES.length()), in.readAllBytes());
                            }
                        }
                    }
                }
            }
            if (files.isEmpty()) {
                throw new IllegalStateException("Byline was built without its theme (no " + RESOURCES + " in "
                        + codeSource + ")");
            }
            return Collections.unmodifiableMap(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Byline's built-in theme", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
