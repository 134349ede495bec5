package dev.byline.template;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Position;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns jte's exceptions into diagnostics. jte has no structured error fields, but its messages name the template and
 * line ({@code error at article.jte:12}, {@code article.jte:12}), which become {@code templates/article.jte:12}.
 */
public final class TemplateErrors {

    private static final Pattern LOCATION = Pattern.compile("([\\w./-]+\\.jte):(\\d+)");

    private TemplateErrors() {
    }

    public static Diagnostic toDiagnostic(RuntimeException e, String templatesDisplay) {
        String message = messageOf(e);
        Matcher location = LOCATION.matcher(message);
        if (location.find()) {
            String rest = (message.substring(0, location.start()) + message.substring(location.end()))
                    .replace("error at", "").replaceAll("\\s+", " ").strip()
                    .replaceAll("^[,.:\\s]+|[,\\s]+$", "");
            return new Position(templatesDisplay + "/" + location.group(1), Integer.parseInt(location.group(2)), 0)
                    .error(rest.isEmpty() ? "template error" : rest);
        }
        return Position.ofFile(templatesDisplay).error(message);
    }

    /** The message with the cause's message appended (a render error's cause says what actually went wrong). */
    private static String messageOf(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause != e) {
            message += ": " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " " + cause.getMessage());
        }
        return message;
    }
}
