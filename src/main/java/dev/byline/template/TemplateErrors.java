package dev.byline.template;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns jte's exceptions into diagnostics at {@code templates/NAME.jte:LINE}. jte has no structured error fields;
 * these patterns follow the messages its own tests pin down: a parse error ("Failed to compile x.jte, error at line
 * 2: ..."), a javac error (the template and line, then javac's report on the generated class) and a render error
 * ("Failed to render x.jte, error at x.jte:4.", with the real failure as the cause).
 */
public final class TemplateErrors {

    private static final Pattern PARSE_ERROR = Pattern.compile(
            "Failed to compile ([\\w./-]+\\.jte), error at line (\\d+): (.+)", Pattern.DOTALL);
    private static final Pattern JAVAC_ERROR = Pattern.compile(
            "^([\\w./-]+\\.jte):(\\d+)\\n.*?\\.java:\\d+: error: ([^\\n]+)(.*)", Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern JAVAC_DETAIL = Pattern.compile("^\\s*(symbol|location):\\s+(.+)$", Pattern.MULTILINE);
    private static final Pattern RENDER_ERROR = Pattern.compile("Failed to render .*? error at ([\\w./-]+\\.jte):(\\d+)");

    private TemplateErrors() {
    }

    public static Diagnostic toDiagnostic(RuntimeException e, String templatesDisplay) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        Matcher parse = PARSE_ERROR.matcher(message);
        if (parse.find()) {
            return at(templatesDisplay, parse.group(1), parse.group(2), parse.group(3).strip());
        }
        Matcher javac = JAVAC_ERROR.matcher(message);
        if (javac.find()) {
            List<String> parts = new ArrayList<>(List.of(javac.group(3).strip()));
            Matcher detail = JAVAC_DETAIL.matcher(javac.group(4));
            while (detail.find()) {
                parts.add(detail.group(1) + " " + detail.group(2).strip().replaceAll("\\s+", " "));
            }
            return at(templatesDisplay, javac.group(1), javac.group(2), String.join("; ", parts));
        }
        Matcher render = RENDER_ERROR.matcher(message);
        if (render.find()) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String reason = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": "
                    + cause.getMessage());
            return at(templatesDisplay, render.group(1), render.group(2), "the template failed: " + reason);
        }
        return Position.ofFile(templatesDisplay).error(message.strip().replaceAll("\\s+", " "));
    }

    private static Diagnostic at(String templatesDisplay, String template, String line, String message) {
        return new Position(templatesDisplay + "/" + template, Integer.parseInt(line), 0).error(message);
    }
}
