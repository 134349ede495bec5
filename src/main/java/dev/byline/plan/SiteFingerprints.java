package dev.byline.plan;

import dev.byline.model.Article;
import dev.byline.model.ArticleField;
import dev.byline.model.Author;
import dev.byline.model.Page;
import dev.byline.model.Site;
import dev.byline.model.SiteList;
import dev.byline.model.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A hash of every part of a site a task can read ({@link Reads}): each field of each article, each author, each
 * tag, each page, each of the site's lists. Two sites' fingerprints tell which parts changed ({@link Changes}), in memory
 * between two renderings of {@code serve} and from the cache between two runs of {@code build}.
 *
 * @param articles article source -> one hash per {@link ArticleField}, by ordinal
 * @param pages    page slug -> the hash of all of the page
 * @param lists    one hash per {@link SiteList}, by ordinal
 */
public record SiteFingerprints(Map<String, long[]> articles, Map<String, Long> authors, Map<String, Long> tags,
                               Map<String, Long> pages, long[] lists) {

    /**
     * The field hashes of articles already hashed, by article record: assembly gives an unchanged article as the
     * very record it gave last time ({@link dev.byline.assemble.AssembledArticles}), so a rendering after one edit
     * hashes one article, not ten thousand texts. Not thread-safe.
     */
    public static final class Memo {
        private Map<Article, long[]> known = new IdentityHashMap<>();

        /** The hashes of every article, the ones not known computed in parallel; only these are kept. */
        Map<String, long[]> of(List<Article> articles) {
            Map<Article, long[]> now = new IdentityHashMap<>(articles.size() * 2);
            List<Article> unknown = new ArrayList<>();
            for (Article article : articles) {
                long[] hashes = known.get(article);
                if (hashes == null) {
                    unknown.add(article);
                } else {
                    now.put(article, hashes);
                }
            }
            List<long[]> computed = unknown.parallelStream().map(SiteFingerprints::fieldHashes).toList();
            for (int i = 0; i < unknown.size(); i++) {
                now.put(unknown.get(i), computed.get(i));
            }
            known = now;
            Map<String, long[]> bySource = new HashMap<>(articles.size() * 2);
            articles.forEach(article -> bySource.put(article.source(), now.get(article)));
            return bySource;
        }
    }

    /** The fingerprints of a site; must run outside any recording (it reads everything). */
    public static SiteFingerprints of(Site site, Memo memo) {
        Map<String, long[]> articles = memo.of(site.articles());
        long[] lists = new long[SiteList.values().length];
        lists[SiteList.ARTICLES.ordinal()] = keys(site.articles(), Article::source);
        lists[SiteList.AUTHORS.ordinal()] = keys(site.authors(), Author::slug);
        lists[SiteList.TAGS.ordinal()] = keys(site.tags(), Tag::slug);
        Article lead = site.lead();
        lists[SiteList.LEAD.ordinal()] = Hash64.of(lead == null ? "" : lead.source());
        lists[SiteList.COPYRIGHT.ordinal()] = Hash64.of(site.copyright());
        lists[SiteList.BUILT_AT.ordinal()] = Hash64.of(site.builtAt().toString());
        lists[SiteList.PAGES.ordinal()] = keys(site.pages(), Page::slug);
        Hash64 navigation = new Hash64();
        site.navigation().forEach(link -> navigation.add(link.title()).add(link.url()));
        lists[SiteList.NAV_PAGES.ordinal()] = navigation.value();
        lists[SiteList.NEWS.ordinal()] = keys(site.news(), Article::source);
        return new SiteFingerprints(articles,
                site.authors().stream().collect(Collectors.toMap(Author::slug, author -> Hash64.of(author.toString()))),
                site.tags().stream().collect(Collectors.toMap(Tag::slug, tag -> Hash64.of(tag.toString()))),
                site.pages().stream().collect(Collectors.toMap(Page::slug, SiteFingerprints::pageHash)), lists);
    }

    /** Everything a reader of the page can see of it. */
    private static long pageHash(Page page) {
        return new Hash64().add(page.source()).add(page.url()).add(page.title()).add(page.description())
                .add(page.body().utf8()).add(String.valueOf(page.updated())).add(page.nav() ? 1 : 0)
                .add(page.order()).value();
    }

    /**
     * One hash per field, of everything a reader of the field can see: records' {@code toString()} shows all their
     * components (strings, numbers, dates and other records), which is what an accessor hands a template.
     */
    private static long[] fieldHashes(Article article) {
        long[] hashes = new long[ArticleField.values().length];
        for (ArticleField field : ArticleField.values()) {
            hashes[field.ordinal()] = switch (field) {
                case URL -> new Hash64().add(article.slug()).add(article.url()).value();
                case TITLE -> Hash64.of(article.title());
                case DESCRIPTION -> Hash64.of(article.description());
                case SUMMARY -> Hash64.of(article.summary());
                case DATE -> Hash64.of(article.date().toString());
                case UPDATED -> Hash64.of(String.valueOf(article.updated()));
                case AUTHORS -> keys(article.authors(), Author::slug);
                case TAGS -> keys(article.tags(), Tag::slug);
                case BODY -> Hash64.of(article.body().utf8());
                case WORDS -> article.words();
                case READING_MINUTES -> article.readingMinutes();
                case TOC -> Hash64.of(article.toc().toString());
                case IMAGE -> Hash64.of(String.valueOf(article.image()));
                case STATE -> Hash64.of(article.state().name());
                case CORRECTIONS -> Hash64.of(article.corrections().toString());
                case TYPE -> new Hash64().add(article.type().name()).add(String.valueOf(article.column()))
                        .add(article.kicker().toString()).value();
                case IN_RESPONSE_TO -> Hash64.of(article.inResponseTo());
                case CANONICAL -> Hash64.of(article.canonical());
                case ALIASES -> Hash64.of(article.aliases().toString());
            };
        }
        return hashes;
    }

    private static <T> long keys(List<T> items, Function<T, String> key) {
        Hash64 hash = new Hash64();
        items.forEach(item -> hash.add(key.apply(item)));
        return hash.value();
    }
}
