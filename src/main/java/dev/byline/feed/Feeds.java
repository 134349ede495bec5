package dev.byline.feed;

import dev.byline.assemble.Permalinks;
import dev.byline.assemble.Sections;
import dev.byline.model.Article;
import dev.byline.model.Author;
import dev.byline.model.Site;
import dev.byline.model.SiteConfig;
import dev.byline.model.Tag;
import dev.byline.output.OutputFile;
import dev.byline.render.RenderTask;
import java.util.ArrayList;
import java.util.List;

/**
 * The site's machine-readable files: an Atom feed for the site, each author and each tag, a JSON Feed for the
 * site, the sitemap and robots.txt.
 */
public final class Feeds {

    private static final String FEED_FILE = "feed.xml";

    private Feeds() {
    }

    public static List<OutputFile> files(Site site, Sections sections, List<RenderTask> pages) {
        return files(site, sections, pages, new FeedEntries());
    }

    /** The files, with Atom entries taken from {@code entries} where written before (for the same settings). */
    public static List<OutputFile> files(Site site, Sections sections, List<RenderTask> pages,
                                         FeedEntries writtenEntries) {
        SiteConfig config = site.config();
        AtomFeed atom = new AtomFeed(config, writtenEntries);
        List<OutputFile> files = new ArrayList<>(atomFeeds(site, sections).parallelStream()
                .map(feed -> file(feed, atom.write(feed)))
                .toList());
        files.add(jsonFeed(site));
        List<Sitemap.Entry> entries = pages.stream()
                .filter(RenderTask::inSitemap)
                .map(page -> new Sitemap.Entry(config.absolute(page.url()),
                        page.lastModified() == null ? "" : page.lastModified().iso()))
                .toList();
        files.addAll(new Sitemap(config).files(entries));
        return files;
    }

    /**
     * The feeds that list this article, written again: after an edit to its text alone, the only feeds that change
     * (the sitemap does not: it carries dates, which such an edit leaves as they were).
     */
    public static List<OutputFile> listing(Article article, Site site, Sections sections, FeedEntries writtenEntries) {
        AtomFeed atom = new AtomFeed(site.config(), writtenEntries);
        List<OutputFile> files = new ArrayList<>(atomFeeds(site, sections).stream()
                .filter(feed -> feed.articles().contains(article))
                .map(feed -> file(feed, atom.write(feed)))
                .toList());
        if (newest(site.articles(), site.config()).contains(article)) {
            files.add(jsonFeed(site));
        }
        return files;
    }

    /** The Atom feeds: the site's, then each author's and each tag's. */
    private static List<FeedSpec> atomFeeds(Site site, Sections sections) {
        SiteConfig config = site.config();
        List<FeedSpec> feeds = new ArrayList<>();
        feeds.add(new FeedSpec(FEED_FILE, config.title(), config.href(""), config.href(FEED_FILE),
                newest(site.articles(), config)));
        for (Author author : site.authors()) {
            feeds.add(new FeedSpec(Permalinks.author(author.slug()) + FEED_FILE,
                    author.name() + " — " + config.title(), author.url(), author.feedUrl(),
                    newest(sections.of(author), config)));
        }
        for (Tag tag : site.tags()) {
            feeds.add(new FeedSpec(Permalinks.tag(tag.slug()) + FEED_FILE, tag.name() + " — " + config.title(),
                    tag.url(), tag.feedUrl(), newest(sections.of(tag), config)));
        }
        return feeds;
    }

    private static OutputFile jsonFeed(Site site) {
        SiteConfig config = site.config();
        FeedSpec feed = new FeedSpec("feed.json", config.title(), config.href(""), config.href("feed.json"),
                newest(site.articles(), config));
        return file(feed, new JsonFeed(config).write(feed));
    }

    private static List<Article> newest(List<Article> articles, SiteConfig config) {
        return articles.subList(0, Math.min(config.feedSize(), articles.size()));
    }

    private static OutputFile file(FeedSpec spec, byte[] bytes) {
        return new OutputFile.Rendered(spec.file(), "feed", bytes);
    }
}
