package dev.byline.template;

import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What went wrong when a template stopped, in words a theme's writer reads without knowing Java's exception
 * classes: {@code a value was missing (null): article} rather than {@code NullPointerException: ...}.
 */
final class RuntimeFailures {

    /**
     * The JDK's helpful null message names what was null: {@code because "page" is null}, {@code because the return
     * value of "dev.byline.model.ArticlePage.article()" is null}. Compiler-made names ({@code <local4>}) are left out.
     */
    private static final Pattern WHAT_WAS_NULL = Pattern.compile(
            "because (?:the return value of )?\"(?:[\\w$]+\\.)*([\\w$]+(?:\\(\\))?)\" is null");

    private RuntimeFailures() {
    }

    static String inWords(Throwable failure) {
        String message = failure.getMessage();
        if (failure instanceof NullPointerException) {
            Matcher what = WHAT_WAS_NULL.matcher(message == null ? "" : message);
            // a content block's copy of a variable is named val$article
            String name = what.find() ? ": " + what.group(1).replaceFirst("^val\\$", "") : "";
            return "a value was missing (null)" + name;
        }
        if (failure instanceof IndexOutOfBoundsException) {
            return "an item was asked for past the end of a list or a text" + inBrackets(message);
        }
        if (failure instanceof NoSuchElementException) {
            return "a value was missing (an empty list or optional value)";
        }
        if (failure instanceof ClassCastException) {
            return "a value was not of the kind the template expected";
        }
        if (failure instanceof NumberFormatException) {
            return "a text is not a number" + inBrackets(message);
        }
        if (failure instanceof ArithmeticException) {
            return "a calculation failed" + inBrackets(message);
        }
        return message == null || message.isBlank() ? "it stopped without saying why" : message.strip();
    }

    private static String inBrackets(String message) {
        return message == null || message.isBlank() ? "" : " (" + message.strip() + ")";
    }
}
