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
        List<Article> newest = newest(site.articles(), config);
        List<FeedSpec> atomFeeds = new ArrayList<>();
        atomFeeds.add(new FeedSpec("feed.xml", config.title(), config.href(""), config.href("feed.xml"), newest));
        for (Author author : site.authors()) {
            atomFeeds.add(new FeedSpec(Permalinks.author(author.slug()) + FEED_FILE,
                    author.name() + " — " + config.title(), author.url(), author.feedUrl(),
                    newest(sections.of(author), config)));
        }
        for (Tag tag : site.tags()) {
            atomFeeds.add(new FeedSpec(Permalinks.tag(tag.slug()) + FEED_FILE, tag.name() + " — " + config.title(),
                    tag.url(), tag.feedUrl(), newest(sections.of(tag), config)));
        }
        List<OutputFile> files = new ArrayList<>(atomFeeds.parallelStream()
                .map(feed -> file(feed, atom.write(feed)))
                .toList());
        FeedSpec jsonFeed = new FeedSpec("feed.json", config.title(), config.href(""), config.href("feed.json"),
                newest);
        files.add(file(jsonFeed, new JsonFeed(config).write(jsonFeed)));
        List<Sitemap.Entry> entries = pages.stream()
                .filter(RenderTask::inSitemap)
                .map(page -> new Sitemap.Entry(config.absolute(page.url()),
                        page.lastModified() == null ? "" : page.lastModified().iso()))
                .toList();
        files.addAll(new Sitemap(config).files(entries));
        return files;
    }

    private static List<Article> newest(List<Article> articles, SiteConfig config) {
        return articles.subList(0, Math.min(config.feedSize(), articles.size()));
    }

    private static OutputFile file(FeedSpec spec, byte[] bytes) {
        return new OutputFile.Rendered(spec.file(), "feed", bytes);
    }
}
