package dev.byline.model;

import java.time.Instant;
import java.util.List;

/**
 * Everything the build publishes, sorted: articles newest first (with drafts and scheduled ones among them, in date
 * order, when the build shows them), authors and tags by name, pages by their order, then title.
 *
 * @param builtAt the moment of the build, against which an article's date makes it scheduled
 * @param pages   the pages of {@code content/pages/} (About, policies...), by {@code order:} (those without one
 *                last), then title
 */
public record Site(SiteConfig config, List<Article> articles, List<Author> authors, List<Tag> tags,
                   Instant builtAt, List<Page> pages) {

    public Site {
        articles = List.copyOf(articles);
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        pages = List.copyOf(pages);
    }

    /** A site without pages: as assembled from the articles, before its pages are added ({@link #withPages}). */
    public Site(SiteConfig config, List<Article> articles, List<Author> authors, List<Tag> tags, Instant builtAt) {
        this(config, articles, authors, tags, builtAt, List.of());
    }

    /** This site with these pages, given in the order {@link #pages()} lists them ({@code assemble.SitePages}'s). */
    public Site withPages(List<Page> pages) {
        return new Site(config, articles, authors, tags, builtAt, pages);
    }

    /**
     * The index's lead story: the newest article a plain build publishes, or {@code null} for none. A draft or a
     * scheduled piece shown by the preview is never the lead, so the preview leads with what the site would.
     */
    public Article lead() {
        ReadLog.site(SiteList.LEAD);
        return ReadLog.unrecorded(() -> articles.stream().filter(Article::isPublished).findFirst().orElse(null));
    }

    // The lists are recorded as reads of the site (see ReadLog); what a page shows of each article in them, the
    // article's own reads.

    @Override
    public List<Article> articles() {
        ReadLog.site(SiteList.ARTICLES);
        return articles;
    }

    @Override
    public List<Author> authors() {
        ReadLog.site(SiteList.AUTHORS);
        return authors;
    }

    @Override
    public List<Tag> tags() {
        ReadLog.site(SiteList.TAGS);
        return tags;
    }

    @Override
    public List<Page> pages() {
        ReadLog.site(SiteList.PAGES);
        return pages;
    }

    /**
     * The links the navigation gives to pages ({@code nav: true}), in the pages' order: one read, which every page's
     * layout makes, changed only by a nav page's title, order or address, not by its text.
     */
    public List<NavLink> navigation() {
        ReadLog.site(SiteList.NAV_PAGES);
        return ReadLog.unrecorded(() -> pages.stream().filter(Page::nav)
                .map(page -> new NavLink(page.title(), "/" + SitePaths.page(page.slug()))).toList());
    }

    @Override
    public Instant builtAt() {
        ReadLog.site(SiteList.BUILT_AT);
        return builtAt;
    }

    /**
     * The footer's copyright line: site.yaml's {@code copyright}, or "© 2025 The Byline Review" with the year of the
     * lead story, the newest published article. Not the build's year, so that rebuilding unchanged content next
     * January gives the same pages; not a draft's or a scheduled piece's, so that the preview shows the real line.
     */
    public String copyright() {
        ReadLog.site(SiteList.COPYRIGHT); // one read: every page's footer shows it, few changes change it
        return ReadLog.unrecorded(this::copyrightLine);
    }

    private String copyrightLine() {
        if (!config.copyright().isEmpty()) {
            return config.copyright();
        }
        Article lead = lead();
        return lead == null ? "© " + config.publisher()
                : "© " + lead.date().value().getYear() + " " + config.publisher();
    }

    /** Whether the author has a page of their own: whether they are among the site's authors (a read of that list). */
    public boolean hasPage(Author author) {
        String slug = author.slug();
        return authors().stream().anyMatch(known -> known.slug().equals(slug));
    }

    /**
     * The published articles of the last two days ({@link NewsWindow}), newest first: one read, which changes when
     * the build's clock moves an article out of the window (or a scheduled one into it), not with every build's
     * moment as {@link #builtAt()} does.
     */
    public List<Article> news() {
        ReadLog.site(SiteList.NEWS);
        return ReadLog.unrecorded(() -> articles.stream().filter(Article::isPublished)
                .filter(article -> NewsWindow.contains(article.date().value().toInstant(), builtAt)).toList());
    }

    /** Whether an article is dated after the build: shown only with {@code --future} (and in preview). */
    public boolean isScheduled(Article article) {
        return article.date().value().toInstant().isAfter(builtAt());
    }
}
