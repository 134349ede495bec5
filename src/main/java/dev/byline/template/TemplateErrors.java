package dev.byline.template;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns jte's exceptions into diagnostics at {@code templates/NAME.jte:LINE}. jte has no structured error fields;
 * these patterns follow the messages its own tests pin down: a parse error ("Failed to compile x.jte, error at line
 * 2: ..."), a javac error (the template and line, then javac's report on the generated class) and a render error
 * ("Failed to render x.jte, error at x.jte:4.", with the real failure as the cause).
 */
final class TemplateErrors {

    private static final Pattern PARSE_ERROR = Pattern.compile(
            "Failed to compile ([\\w./-]+\\.jte), error at line (\\d+): (.+)", Pattern.DOTALL);
    private static final Pattern JAVAC_ERROR = Pattern.compile(
            "^([\\w./-]+\\.jte):(\\d+)\\n.*?\\.java:\\d+: error: ([^\\n]+)(.*)", Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern JAVAC_DETAIL = Pattern.compile("^\\s*(symbol|location):\\s+(.+)$", Pattern.MULTILINE);
    private static final Pattern JTE_NAME = Pattern.compile("JTE_NAME = \"([^\"]+)\"");
    private static final Pattern JTE_LINE_INFO = Pattern.compile("JTE_LINE_INFO = \\{([\\d,\\s]*)}");
    private static final Pattern RENDER_ERROR = Pattern.compile("Failed to render .*? error at ([\\w./-]+\\.jte):(\\d+)");

    private TemplateErrors() {
    }

    /**
     * @param classDir where the compiled theme is, to map frames of generated code back to template lines; may be
     *                 {@code null} for errors while compiling
     * @param packageName the package of the theme's classes
     * @param siteTemplates the templates the site's folder has; the others are the built-in theme's, named as such
     */
    static Diagnostic toDiagnostic(RuntimeException e, String templatesDisplay, Path classDir, String packageName,
                                   Set<String> siteTemplates) {
        TemplateNames names = new TemplateNames(templatesDisplay, siteTemplates);
        String message = e.getMessage() == null ? RuntimeFailures.inWords(e) : e.getMessage();
        Matcher parse = PARSE_ERROR.matcher(message);
        if (parse.find()) {
            return at(names, parse.group(1), parse.group(2), parse.group(3).strip());
        }
        Matcher javac = JAVAC_ERROR.matcher(message);
        if (javac.find()) {
            List<String> parts = new ArrayList<>(List.of(javac.group(3).strip()));
            Matcher detail = JAVAC_DETAIL.matcher(javac.group(4));
            while (detail.find()) {
                parts.add(detail.group(1) + " " + detail.group(2).strip().replaceAll("\\s+", " "));
            }
            return at(names, javac.group(1), javac.group(2), String.join("; ", parts));
        }
        Matcher render = RENDER_ERROR.matcher(message);
        if (render.find()) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String[] location = innermostTemplateLine(cause, classDir, packageName)
                    .orElse(new String[] {render.group(1), render.group(2)});
            return at(names, location[0], location[1], "the template failed: "
                    + RuntimeFailures.inWords(cause));
        }
        return Position.ofFile(templatesDisplay).error(message.strip().replaceAll("\\s+", " "));
    }

    /**
     * jte names the outermost template in its message: for a page that wraps its body in {@code layout.jte}, the
     * layout. The cause's stack knows the template that failed: its first frame in generated code. jte maps some
     * frames to template lines itself ({@code article.jte:9}); content blocks run in inner classes it leaves as
     * generated Java lines, which the class's {@code JTE_LINE_INFO} table maps back.
     *
     * @return the template's path and 1-based line
     */
    private static Optional<String[]> innermostTemplateLine(Throwable cause, Path classDir, String packageName) {
        for (StackTraceElement frame : cause.getStackTrace()) {
            if (!frame.getClassName().startsWith(packageName + ".") || frame.getLineNumber() <= 0) {
                continue;
            }
            String outerClass = frame.getClassName().replaceFirst("\\$.*$", "");
            if (frame.getFileName() != null && frame.getFileName().endsWith(".jte")) {
                // jte names the frame by the template's path in the theme: partials/articles.jte, not articles.jte
                return Optional.of(new String[] {frame.getFileName(), Integer.toString(frame.getLineNumber())});
            }
            return classDir == null ? builtInLine(outerClass, frame.getLineNumber())
                    : generatedLine(classDir.resolve(outerClass.replace('.', '/') + ".java"), frame.getLineNumber());
        }
        return Optional.empty();
    }

    /** The same table for the built-in theme, whose classes are on Byline's class path without their sources. */
    private static Optional<String[]> builtInLine(String className, int javaLine) {
        try {
            Class<?> generated = Class.forName(className, false, TemplateErrors.class.getClassLoader());
            int[] table = (int[]) generated.getField("JTE_LINE_INFO").get(null);
            String name = (String) generated.getField("JTE_NAME").get(null);
            if (javaLine > table.length) {
                return Optional.empty();
            }
            return Optional.of(new String[] {name, Integer.toString(table[javaLine - 1] + 1)});
        } catch (ReflectiveOperationException | ClassCastException notGeneratedByJte) {
            return Optional.empty();
        }
    }

    private static Optional<String[]> generatedLine(Path javaFile, int javaLine) {
        try {
            String java = Files.readString(javaFile);
            Matcher name = JTE_NAME.matcher(java);
            Matcher lines = JTE_LINE_INFO.matcher(java);
            if (!name.find() || !lines.find()) {
                return Optional.empty();
            }
            String[] table = lines.group(1).split(",");
            if (javaLine > table.length) {
                return Optional.empty();
            }
            int zeroBased = Integer.parseInt(table[javaLine - 1].strip());
            return Optional.of(new String[] {name.group(1), Integer.toString(zeroBased + 1)});
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private static Diagnostic at(TemplateNames names, String template, String line, String message) {
        return new Position(names.display(template), Integer.parseInt(line), 0).error(message);
    }

    /** How messages name a template: as a file of the site's folder, or as the built-in theme's. */
    private record TemplateNames(String templatesDisplay, Set<String> siteTemplates) {
        String display(String template) {
            return siteTemplates.contains(template) ? templatesDisplay + "/" + template : "built-in theme/" + template;
        }
    }
}
