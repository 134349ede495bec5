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

    /** Attributes that hold URLs, wherever they stand: inside a tag as the browser would split it, or not. */
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("(?<![\\w:-])(href|src|srcset|action|formaction"
            + "|xlink:href|poster|data|background|cite|longdesc|usemap|ping|manifest|codebase|lowsrc|dynsrc)"
            + "\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+)", Pattern.CASE_INSENSITIVE);
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

    static String withoutScriptUrls(String html) {
        Matcher attributes = URL_ATTRIBUTE.matcher(html);
        StringBuilder out = new StringBuilder();
        while (attributes.find()) {
            boolean refused = runsScript(unquoted(attributes.group(2)));
            attributes.appendReplacement(out, refused ? "" : Matcher.quoteReplacement(attributes.group()));
        }
        attributes.appendTail(out);
        return out.toString();
    }

    private static String unquoted(String value) {
        boolean quoted = value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'');
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
