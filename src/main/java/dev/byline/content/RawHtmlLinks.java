package dev.byline.content;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

/**
 * Raw HTML that a trusting site ({@code allowRawHtml: true}) passes through keeps its markup, but no URL in it may
 * run script or smuggle a page in: an attribute that holds a URL ({@code href}, {@code src}, {@code action}...) and
 * names the {@code javascript:}, {@code vbscript:} or {@code data:} scheme is taken out, as Markdown links with such
 * URLs lose their target. The scheme is read the way a browser reads it: character references decoded
 * ({@code &#106;avascript:}), tabs and line breaks inside ignored, leading spaces and control characters dropped.
 */
final class RawHtmlLinks implements PostProcessor {

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "srcset", "action", "formaction",
            "xlink:href", "poster", "data", "background", "cite", "longdesc", "usemap", "ping", "manifest",
            "codebase", "lowsrc", "dynsrc");
    /** Elements whose content is not markup: a script's or a style's text is left exactly as written. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp");
    private static final Set<String> REFUSED_SCHEMES = Set.of("javascript:", "vbscript:", "data:");
    private static final Pattern REFERENCE = Pattern.compile("&(#[xX]([0-9a-fA-F]+)|#([0-9]+)|([a-zA-Z]+));?");

    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline html) {
                html.setLiteral(withoutScriptUrls(html.getLiteral()));
            }

            @Override
            public void visit(HtmlBlock html) {
                html.setLiteral(withoutScriptUrls(html.getLiteral()));
            }
        });
        return document;
    }

    /**
     * The HTML with refused URL attributes taken out of its start tags. Tags are read as a browser reads them,
     * attribute by attribute with quotes respected, so a quoted value that merely contains {@code href=} is a value;
     * comments and the text of scripts and styles are left alone.
     */
    static String withoutScriptUrls(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int at = 0;
        while (at < html.length()) {
            int open = html.indexOf('<', at);
            if (open < 0 || open + 1 >= html.length()) {
                out.append(html, at, html.length());
                break;
            }
            out.append(html, at, open);
            if (html.startsWith("<!--", open)) {
                int end = html.indexOf("-->", open + 4);
                at = end < 0 ? html.length() : end + 3;
                out.append(html, open, at);
            } else if (Character.isLetter(html.charAt(open + 1))) {
                at = startTag(html, open, out);
            } else {
                out.append('<');
                at = open + 1;
            }
        }
        return out.toString();
    }

    /** Copies the start tag at {@code open} without its refused attributes; returns where the copy stopped. */
    private static int startTag(String html, int open, StringBuilder out) {
        int at = open + 1;
        while (at < html.length() && !isTagEnd(html.charAt(at))) {
            at++;
        }
        String name = html.substring(open + 1, at).toLowerCase(Locale.ROOT);
        out.append(html, open, at);
        while (at < html.length() && html.charAt(at) != '>') {
            int attributeStart = at;
            while (at < html.length() && (Character.isWhitespace(html.charAt(at)) || html.charAt(at) == '/')) {
                at++;
            }
            int nameStart = at;
            while (at < html.length() && !isTagEnd(html.charAt(at)) && html.charAt(at) != '='
                    || at == nameStart && at < html.length() && html.charAt(at) == '=') {
                at++;
            }
            String attribute = html.substring(nameStart, at).toLowerCase(Locale.ROOT);
            String value = null;
            int afterName = skipSpaces(html, at);
            if (afterName < html.length() && html.charAt(afterName) == '=') {
                int valueStart = skipSpaces(html, afterName + 1);
                at = valueEnd(html, valueStart);
                value = unquoted(html.substring(valueStart, at));
            }
            boolean refused = value != null && URL_ATTRIBUTES.contains(attribute) && runsScript(value);
            if (!refused) {
                out.append(html, attributeStart, at);
            }
            if (at == attributeStart) {
                at++; // nothing readable here: copy one character and go on
                out.append(html, attributeStart, at);
            }
        }
        if (at < html.length()) {
            out.append('>');
            at++;
        }
        if (RAW_TEXT.contains(name)) {
            int close = html.toLowerCase(Locale.ROOT).indexOf("</" + name, at);
            int end = close < 0 ? html.length() : close;
            out.append(html, at, end);
            at = end;
        }
        return at;
    }

    private static boolean isTagEnd(char c) {
        return Character.isWhitespace(c) || c == '/' || c == '>';
    }

    private static int skipSpaces(String html, int at) {
        while (at < html.length() && Character.isWhitespace(html.charAt(at))) {
            at++;
        }
        return at;
    }

    /** Where an attribute value starting at {@code start} ends: its closing quote, or a space or {@code >}. */
    private static int valueEnd(String html, int start) {
        if (start < html.length() && (html.charAt(start) == '"' || html.charAt(start) == '\'')) {
            int close = html.indexOf(html.charAt(start), start + 1);
            return close < 0 ? html.length() : close + 1;
        }
        int at = start;
        while (at < html.length() && !Character.isWhitespace(html.charAt(at)) && html.charAt(at) != '>') {
            at++;
        }
        return at;
    }

    private static String unquoted(String value) {
        boolean quoted = value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0);
        return quoted ? value.substring(1, value.length() - 1) : value;
    }

    /** Whether a browser would read this attribute value as a URL with a refused scheme (srcset: any of its URLs). */
    static boolean runsScript(String value) {
        String url = decodeReferences(value).replaceAll("[\\t\\n\\r]", "").replaceFirst("^[\\x00-\\x20]+", "")
                .toLowerCase(Locale.ROOT);
        return REFUSED_SCHEMES.stream().anyMatch(scheme -> url.startsWith(scheme) || url.contains(", " + scheme)
                || url.contains("," + scheme));
    }

    private static String decodeReferences(String value) {
        Matcher references = REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (references.find()) {
            String decoded = decode(references);
            references.appendReplacement(out, Matcher.quoteReplacement(decoded == null ? references.group() : decoded));
        }
        references.appendTail(out);
        return out.toString();
    }

    /** The character a reference stands for, or null for one that cannot make a scheme's letters or colon. */
    private static String decode(Matcher reference) {
        try {
            if (reference.group(2) != null || reference.group(3) != null) {
                int code = reference.group(2) != null ? Integer.parseInt(reference.group(2), 16)
                        : Integer.parseInt(reference.group(3));
                return Character.isValidCodePoint(code) ? Character.toString(code) : null;
            }
        } catch (NumberFormatException tooLong) {
            return null;
        }
        return switch (reference.group(4)) {
            case "colon" -> ":";
            case "Tab" -> "\t";
            case "NewLine" -> "\n";
            default -> null; // no named reference stands for an ASCII letter
        };
    }
}
