package dev.byline.content;

import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.model.Html;
import dev.byline.model.TocEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Markdown to HTML with commonmark-java and the GFM tables, strikethrough, autolink and footnotes extensions, smart
 * punctuation, heading ids and pull quotes ({@link PullQuotes}). Configured once and shared by all threads
 * (commonmark's parser and renderer are thread-safe). Raw HTML is escaped unless the site trusts its writers; links
 * and images keep only web, mail and relative URLs ({@code javascript:} and {@code data:} never pass).
 */
public final class MarkdownRenderer {

    /** A URL's scheme and host ({@code https://example.org}, {@code //cdn.example.org}), up to its path. */
    private static final Pattern AUTHORITY = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*:)?//[^/?#]*");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src");
    private static final UrlSanitizer SAFE_SCHEMES = new DefaultUrlSanitizer(List.of("http", "https", "mailto"));
    /** Headings deeper than this stay out of tables of contents. */
    private static final int TOC_DEPTH = 3;

    private final Parser parser;
    private final List<Extension> extensions;
    private final String basePath;
    private final boolean allowRawHtml;
    private final ImageSizes imageSizes;

    /**
     * The rendered body with the facts lists, reading time and tables of contents need.
     *
     * @param html     the body, as UTF-8 (the pages' encoding: half the memory of a Java text with a curly quote)
     * @param headings the body's {@code ##} and {@code ###} headings, with the ids the HTML gives them
     * @param links    the body's links and images, with their lines, for {@code byline check}
     * @param rawHtml  the first raw HTML, which the page shows as text; {@code null} when there is none or the
     *                 site lets raw HTML through
     */
    public record Rendered(Html html, int words, String firstParagraph, List<TocEntry> headings,
                           List<BodyLink> links, RawHtml rawHtml) {

        public Rendered {
            headings = List.copyOf(headings);
            links = List.copyOf(links);
        }
    }

    /**
     * @param basePath     the site's path, such as {@code /} or {@code /opinion/}
     * @param allowRawHtml whether raw HTML in Markdown is passed through rather than escaped
     * @param imageSizes   sizes of the site's own images, for width and height attributes
     */
    public MarkdownRenderer(String basePath, boolean allowRawHtml, ImageSizes imageSizes) {
        List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), FootnotesExtension.create());
        Parser.Builder parsing = Parser.builder().extensions(extensions)
                .postProcessor(new PullQuotes()) // first, so that the steps after it see the quote without its marker
                .postProcessor(new SmartPunctuation())
                .postProcessor(new HeadingLevels())
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES); // lines of links, for byline check
        if (allowRawHtml) {
            parsing.postProcessor(new RawHtmlLinks());
        }
        this.parser = parsing.build();
        this.extensions = extensions;
        this.basePath = basePath;
        this.allowRawHtml = allowRawHtml;
        this.imageSizes = imageSizes;
    }

    public Rendered render(String markdown) {
        return render(markdown, new OutsideReads.Recorder());
    }

    /** Renders, telling {@code reads} every image size the HTML was given. */
    public Rendered render(String markdown, OutsideReads.Recorder reads) {
        Node document = parser.parse(markdown);
        TextStats stats = new TextStats(basePath, !allowRawHtml);
        document.accept(stats);
        stats.comments.forEach(Node::unlink); // notes to the editor: invisible in HTML, so not printed as text
        // an article's HTML is a little longer than its Markdown: room for it at once, rather than grown in steps
        StringBuilder html = new StringBuilder(markdown.length() + markdown.length() / 4);
        htmlRenderer(reads).render(document, html);
        return new Rendered(new Html(html.toString()), stats.words,
                stats.firstParagraph.toString().strip(), stats.headings, stats.links, stats.rawHtml);
    }

    /**
     * Renders the body of a file split from its front matter (an article's, a page's), reporting at the file's lines
     * what stops it being rendered (Markdown nested too deep to render in reasonable time) and the first raw HTML,
     * which the page shows as text. Empty when it was not rendered.
     */
    public Optional<Rendered> renderBody(FrontMatterSplitter.Split split, String file, OutsideReads.Recorder reads,
                                         Diagnostics diagnostics) {
        OptionalInt nestedTooDeep = MarkdownNesting.tooDeepAt(split.body());
        if (nestedTooDeep.isPresent()) {
            diagnostics.add(new Position(file, split.bodyStartLine() + nestedTooDeep.getAsInt() - 1, 1).error(
                    "lists or quotes are nested more than " + MarkdownNesting.MAX_DEPTH + " levels deep here; "
                    + "Byline does not render Markdown this deep (it could take minutes)"));
            return Optional.empty();
        }
        Rendered body;
        try {
            body = render(split.body(), reads);
        } catch (StackOverflowError tooDeep) { // commonmark walks nested blocks recursively
            diagnostics.add(new Position(file, split.bodyStartLine(), 1).error("the Markdown is nested "
                    + "too deeply (quotes or lists inside each other thousands of levels down) to be rendered"));
            return Optional.empty();
        }
        if (body.rawHtml() != null) {
            diagnostics.add(body.rawHtml().warningIn(file, split.bodyStartLine()));
        }
        return Optional.of(body);
    }

    /**
     * A renderer for one document: commonmark gives attribute providers no way to reach the rendering's caller, so
     * the one that looks up image sizes is made with the parse's recorder. Building one costs microseconds.
     */
    private HtmlRenderer htmlRenderer(OutsideReads.Recorder reads) {
        return HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(!allowRawHtml)
                .nodeRendererFactory(PullQuotes.Renderer::new)
                .attributeProviderFactory(context -> new HeadingIdAttributes())
                .attributeProviderFactory(context -> new LinkAttributes(basePath, imageSizes, reads))
                .attributeProviderFactory(context -> MarkdownRenderer::alignCellsWithCss)
                .attributeProviderFactory(context -> MarkdownRenderer::labelFootnotes)
                .attributeProviderFactory(context -> MarkdownRenderer::focusableCode)
                .build();
    }

    /**
     * Gives every heading an id from its text, unique in the document ("why-it-matters", "why-it-matters-1").
     * The table of contents computes the same ids in the same order, with the same generator.
     */
    private static final class HeadingIdAttributes implements AttributeProvider {
        private final IdGenerator ids = IdGenerator.builder().build();

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Heading heading) {
                attributes.put("id", headingId(ids, headingText(heading)));
            }
        }
    }

    /**
     * The id for a heading's text. commonmark's generator lower-cases with the machine's locale (a Turkish machine
     * would turn "Introduction" into "ıntroduction"), so the text is lower-cased with the root locale first; what
     * is already lower case stays as it is in every locale.
     */
    private static String headingId(IdGenerator ids, String text) {
        return ids.generateId(text.toLowerCase(Locale.ROOT));
    }

    private static String headingText(Heading heading) {
        StringBuilder text = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }
        });
        return text.toString().strip();
    }

    /**
     * A Markdown link or image URL as the page gets it: only web, mail and relative URLs pass (empty otherwise);
     * root-relative ones get the site's base path, so {@code /images/a.jpg} works when the site lives under
     * {@code /opinion/}. Done here rather than with commonmark's own sanitizer, which also marks every link
     * {@code rel="nofollow"}, internal ones included.
     */
    static String siteHref(String destination, boolean image, String basePath) {
        String safe = image ? SAFE_SCHEMES.sanitizeImageUrl(destination) : SAFE_SCHEMES.sanitizeLinkUrl(destination);
        if (safe.startsWith("/") && !safe.startsWith("//") && !safe.startsWith(basePath)) {
            return basePath + encodeLeftovers(safe.substring(1));
        }
        return encodeLeftovers(safe);
    }

    /**
     * Percent-encodes what commonmark leaves in a URL but a valid address may not hold outside its host: brackets,
     * {@code | ^ `} and every {@code #} after the first ({@code ?channels=##rust}). Browsers follow such links
     * anyway; encoded, they are the same links and the page is valid HTML. Braces stay: they are most often another
     * generator's template syntax ({@code {{ site.baseurl }}}), which {@code byline check} explains.
     */
    private static String encodeLeftovers(String url) {
        if (!hasLeftovers(url)) {
            return url; // most URLs: no pattern to match, nothing to copy
        }
        Matcher authority = AUTHORITY.matcher(url);
        int pathStart = authority.lookingAt() ? authority.end() : 0; // brackets in a host are an IPv6 address
        StringBuilder out = new StringBuilder(url.length() + 8).append(url, 0, pathStart);
        boolean fragment = false;
        for (int i = pathStart; i < url.length(); i++) {
            char c = url.charAt(i);
            switch (c) {
                case '[' -> out.append("%5B");
                case ']' -> out.append("%5D");
                case '|' -> out.append("%7C");
                case '^' -> out.append("%5E");
                case '`' -> out.append("%60");
                case '#' -> {
                    out.append(fragment ? "%23" : "#");
                    fragment = true;
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@link #encodeLeftovers} would change {@code url}: it holds one of the characters, or two #. */
    private static boolean hasLeftovers(String url) {
        boolean hash = false;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '[' || c == ']' || c == '|' || c == '^' || c == '`' || c == '#' && hash) {
                return true;
            }
            hash |= c == '#';
        }
        return false;
    }

    /**
     * Gives links and images their checked URLs ({@link #siteHref}; a refused link keeps its text but loses its
     * target), and the site's own images their width and height.
     */
    private static final class LinkAttributes implements AttributeProvider {
        private final String basePath;
        private final ImageSizes imageSizes;
        private final OutsideReads.Recorder reads;

        LinkAttributes(String basePath, ImageSizes imageSizes, OutsideReads.Recorder reads) {
            this.basePath = basePath;
            this.imageSizes = imageSizes;
            this.reads = reads;
        }

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (!(node instanceof Link || node instanceof Image)) {
                return;
            }
            for (String name : URL_ATTRIBUTES) {
                String value = attributes.get(name);
                if (value == null) {
                    continue;
                }
                String href = siteHref(value, node instanceof Image, basePath);
                if (href.isEmpty()) {
                    attributes.remove(name);
                } else {
                    attributes.put(name, href);
                }
            }
            if (node instanceof Image && attributes.containsKey("src")) {
                imageSizes.of(attributes.get("src"), reads).ifPresent(size -> {
                    attributes.put("width", Integer.toString(size.width()));
                    attributes.put("height", Integer.toString(size.height()));
                });
            }
        }
    }

    /** GFM tables align cells with the {@code align} attribute, which HTML5 made obsolete. */
    private static void alignCellsWithCss(Node node, String tagName, Map<String, String> attributes) {
        String align = node instanceof TableCell ? attributes.remove("align") : null;
        if (align != null) {
            attributes.put("style", "text-align: " + align);
        }
    }

    /**
     * A code block scrolls sideways when its lines are longer than the column; keyboard users can scroll it only
     * if it can take the focus (axe: scrollable-region-focusable).
     */
    private static void focusableCode(Node node, String tagName, Map<String, String> attributes) {
        if (tagName.equals("pre")) {
            attributes.put("tabindex", "0");
        }
    }

    /**
     * The footnotes extension writes the notes as a {@code <section>} without a heading; a label names that region
     * for screen readers, and the HTML checker stops warning that the section lacks a heading.
     */
    private static void labelFootnotes(Node node, String tagName, Map<String, String> attributes) {
        if (tagName.equals("section") && "footnotes".equals(attributes.get("class"))) {
            attributes.put("aria-label", "Footnotes");
        }
    }

    /**
     * Counts words in the text a reader sees, keeps the first paragraph's text for summaries, lists the headings
     * with the ids {@link HeadingIdAttributes} will give them, and notes the first raw HTML when it is escaped (HTML
     * in code is code, not raw HTML, and never reaches these visits).
     */
    private static final class TextStats extends AbstractVisitor {
        /**
         * {@link Character#isLetterOrDigit(char)} for ASCII, the most of any text, as a table: this loop runs over
         * every char of every article, and C1 calls rather than inlines a method per char.
         */
        private static final boolean[] ASCII_LETTERS_AND_DIGITS = new boolean[0x80];

        static {
            for (char c = 0; c < ASCII_LETTERS_AND_DIGITS.length; c++) {
                ASCII_LETTERS_AND_DIGITS[c] = Character.isLetterOrDigit(c);
            }
        }

        private int words;
        private final StringBuilder firstParagraph = new StringBuilder();
        private final List<TocEntry> headings = new ArrayList<>();
        private final List<BodyLink> links = new ArrayList<>();
        private final IdGenerator ids = IdGenerator.builder().build();
        private final String basePath;
        private final boolean noteRawHtml;
        private RawHtml rawHtml;
        private final List<Node> comments = new ArrayList<>();
        private boolean inFirstParagraph;
        private boolean firstParagraphDone;
        private final ReusedChars reused = new ReusedChars();

        TextStats(String basePath, boolean noteRawHtml) {
            this.basePath = basePath;
            this.noteRawHtml = noteRawHtml;
        }

        @Override
        public void visit(HtmlBlock html) {
            noteRawHtml(html, html.getLiteral());
        }

        @Override
        public void visit(HtmlInline html) {
            noteRawHtml(html, html.getLiteral());
        }

        /** The first raw HTML shown as text, and HTML comments, which are left out instead (noted to be unlinked). */
        private void noteRawHtml(Node node, String literal) {
            if (noteRawHtml && RawHtml.isComment(literal)) {
                comments.add(node);
            } else if (noteRawHtml && rawHtml == null) {
                SourceSpan span = node.getSourceSpans().isEmpty() ? null : node.getSourceSpans().get(0);
                rawHtml = RawHtml.of(literal, span == null ? 0 : span.getLineIndex() + 1,
                        span == null ? 0 : span.getColumnIndex() + 1);
            }
        }

        @Override
        public void visit(Link link) {
            record(link, link.getDestination(), false);
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            record(image, image.getDestination(), true);
            visitChildren(image);
        }

        private void record(Node node, String destination, boolean image) {
            SourceSpan span = node.getSourceSpans().isEmpty() ? null : node.getSourceSpans().get(0);
            String alt = image ? altText(node) : "";
            links.add(new BodyLink(siteHref(destination, image, basePath), span == null ? 0 : span.getLineIndex() + 1,
                    span == null ? 0 : span.getColumnIndex() + 1, image, alt));
        }

        private static String altText(Node image) {
            StringBuilder alt = new StringBuilder();
            image.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    alt.append(text.getLiteral());
                }
            });
            return alt.toString().strip();
        }

        @Override
        public void visit(Heading heading) {
            String text = headingText(heading);
            String id = headingId(ids, text);
            if (heading.getLevel() >= 2 && heading.getLevel() <= TOC_DEPTH) {
                headings.add(new TocEntry(heading.getLevel(), id, text));
            }
            visitChildren(heading);
        }

        @Override
        public void visit(Paragraph paragraph) {
            boolean first = !firstParagraphDone && paragraph.getParent() instanceof Document;
            inFirstParagraph = first;
            visitChildren(paragraph);
            if (first) {
                inFirstParagraph = false;
                firstParagraphDone = true;
            }
        }

        @Override
        public void visit(Text text) {
            count(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            count(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            if (inFirstParagraph) {
                firstParagraph.append(' ');
            }
        }

        private void count(String literal) {
            if (inFirstParagraph) {
                firstParagraph.append(literal);
            }
            boolean inWord = false;
            char[] chars = reused.of(literal);
            for (int i = 0; i < literal.length(); i++) {
                char c = chars[i];
                if (c < ASCII_LETTERS_AND_DIGITS.length ? ASCII_LETTERS_AND_DIGITS[c] : Character.isLetterOrDigit(c)) {
                    if (!inWord) {
                        words++;
                    }
                    inWord = true;
                } else {
                    inWord = inWord && isJoiner(c);
                }
            }
        }

        /** Apostrophes and hyphens inside a word do not start a new one ("Russia’s", "high-level"). */
        private static boolean isJoiner(char c) {
            return c == '\'' || c == '’' || c == '-';
        }
    }
}
