package dev.byline.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.content.ArticleDocument;
import dev.byline.content.ArticleParse;
import dev.byline.content.AuthorProfile;
import dev.byline.content.AuthorRef;
import dev.byline.content.BodyLink;
import dev.byline.content.FailedArticle;
import dev.byline.content.ImageRef;
import dev.byline.content.ImageSizes;
import dev.byline.content.MarkdownRenderer;
import dev.byline.content.OutsideReads;
import dev.byline.content.ParsedArticle;
import dev.byline.content.RawHtml;
import dev.byline.diag.Diagnostic;
import dev.byline.diag.Position;
import dev.byline.diag.Severity;
import dev.byline.model.ArticleDate;
import dev.byline.model.AuthorLink;
import dev.byline.model.Correction;
import dev.byline.model.Html;
import dev.byline.model.TocEntry;
import dev.byline.model.WorkType;
import dev.byline.source.SourceFile;
import dev.byline.source.SourceKind;
import dev.byline.yaml.Located;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Whatever a parse holds (any text, lone surrogates included, any position, date, zone, list or missing value), it
 * reads back equal from the bytes the store keeps.
 */
class ArticleParseCodecPropertiesTest {

    private static final String DISPLAY = "content/articles/x.md";
    private static final SourceFile SOURCE = new SourceFile(SourceKind.ARTICLE, Path.of("content/articles/x.md"),
            DISPLAY, "x.md", "12-34-(ino=5)-67");

    @Property(tries = 300)
    void everyParseReadsBackEqual(@ForAll("parses") ArticleParse parse) {
        BinaryOut out = new BinaryOut();
        ArticleParseCodec.write(out, parse);

        assertThat(ArticleParseCodec.read(new BinaryIn(out.toByteArray(), 0, out.size()), SOURCE)).isEqualTo(parse);
    }

    @Provide
    Arbitrary<ArticleParse> parses() {
        Arbitrary<ParsedArticle> article = Arbitraries.oneOf(documents(), failed());
        return Combinators.combine(article, diagnostics().list().ofMaxSize(3), reads()).as(ArticleParse::new);
    }

    private Arbitrary<ParsedArticle> documents() {
        Arbitrary<String> text = text();
        Arbitrary<List<Located<String>>> located = located().list().ofMaxSize(3);
        Arbitrary<ArticleDate> date = dates();
        return Combinators.combine(located(), text, text, text, date, date.injectNull(0.5), authors(),
                        located)
                .flatAs((slug, slugWithDate, title, description, published, updated, authors, tags) ->
                        Combinators.combine(images(), Arbitraries.of(true, false), date.injectNull(0.5),
                                        corrections(), Arbitraries.of(true, false), work(), Arbitraries.integers(),
                                        body())
                                .flatAs((image, draft, expires, corrections, toc, work, bodyStartLine, body) ->
                                        Combinators.combine(located, located).as((aliases, unknown) ->
                                                new ArticleDocument(SOURCE, slug, slugWithDate, title, description,
                                                published, updated, authors, tags, image, draft, expires,
                                                corrections, toc, work.get1(), work.get2(), work.get3(),
                                                work.get4(), aliases, bodyStartLine, body, unknown))));
    }

    /** A type of work, a column, the article answered and a canonical address, any of them missing. */
    private Arbitrary<Tuple.Tuple4<WorkType, Located<String>, Located<String>, String>> work() {
        return Combinators.combine(Arbitraries.of(WorkType.class), located().injectNull(0.5),
                located().injectNull(0.5), text()).as(Tuple::of);
    }

    private Arbitrary<ParsedArticle> failed() {
        Arbitrary<List<Located<String>>> located = located().list().ofMaxSize(3);
        return Combinators.combine(located().injectNull(0.3), text(), authors(), located, images(),
                        located().injectNull(0.5), located().injectNull(0.5), located)
                .as((slug, slugWithDate, authors, tags, image, column, inResponseTo, unknown) ->
                        new FailedArticle(SOURCE, slug, slugWithDate, authors, tags, image, column, inResponseTo,
                                unknown));
    }

    private Arbitrary<MarkdownRenderer.Rendered> body() {
        Arbitrary<TocEntry> heading = Combinators.combine(Arbitraries.integers(), text(), text()).as(TocEntry::new);
        Arbitrary<BodyLink> link = Combinators.combine(text(), Arbitraries.integers(), Arbitraries.integers(),
                Arbitraries.of(true, false), text()).as(BodyLink::new);
        Arbitrary<RawHtml> raw = Combinators.combine(text(), Arbitraries.integers(), Arbitraries.integers())
                .as(RawHtml::new);
        return Combinators.combine(text().map(Html::new), Arbitraries.integers(), text(), heading.list().ofMaxSize(3),
                link.list().ofMaxSize(3), raw.injectNull(0.5)).as(MarkdownRenderer.Rendered::new);
    }

    private Arbitrary<List<AuthorRef>> authors() {
        Arbitrary<AuthorRef> slug = Combinators.combine(text(), positions()).as(AuthorRef.Slug::new);
        Arbitrary<AuthorLink> link = Combinators.combine(text(), text()).as(AuthorLink::new);
        Arbitrary<AuthorProfile> profile = Combinators.combine(text(), text(), text(), positions().injectNull(0.5),
                link.list().ofMaxSize(2), text()).as(AuthorProfile::new);
        Arbitrary<AuthorRef> named = Combinators.combine(profile, positions()).as(AuthorRef.Named::new);
        return Arbitraries.oneOf(slug, named).list().ofMaxSize(3);
    }

    private Arbitrary<ImageRef> images() {
        return Combinators.combine(text(), text(), text(), text(), positions()).as(ImageRef::new).injectNull(0.4);
    }

    private Arbitrary<List<Correction>> corrections() {
        return Combinators.combine(dates(), text()).as(Correction::new).list().ofMaxSize(2);
    }

    /** Any moment in any kind of zone: a region with summer time (gaps and overlaps), a fixed offset, UTC. */
    private Arbitrary<ArticleDate> dates() {
        Arbitrary<ZoneId> zone = Arbitraries.of(ZoneId.of("Europe/London"), ZoneId.of("America/St_Johns"),
                ZoneId.of("Asia/Kathmandu"), ZoneId.of("UTC"), ZoneOffset.UTC, ZoneOffset.ofHoursMinutes(5, 30),
                ZoneId.of("GMT+2"));
        Arbitrary<LocalDateTime> local = Combinators.combine(Arbitraries.longs().between(-1_000_000_000L,
                4_000_000_000L), Arbitraries.integers().between(0, 999_999_999))
                .as((seconds, nanos) -> LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC));
        return Combinators.combine(local, zone, Arbitraries.of(true, false))
                .as((at, in, hasTime) -> new ArticleDate(ZonedDateTime.of(at, in), hasTime));
    }

    private Arbitrary<Diagnostic> diagnostics() {
        return Combinators.combine(Arbitraries.of(Severity.class), files(), Arbitraries.integers(),
                Arbitraries.integers(), text()).as(Diagnostic::new);
    }

    private Arbitrary<OutsideReads> reads() {
        Arbitrary<Optional<ImageSizes.Size>> size = Combinators.combine(Arbitraries.integers(), Arbitraries.integers())
                .as(ImageSizes.Size::new).optional();
        return Arbitraries.maps(text(), size).ofMaxSize(3).map(OutsideReads::new);
    }

    private Arbitrary<Located<String>> located() {
        return Combinators.combine(text(), positions()).as(Located::new);
    }

    private Arbitrary<Position> positions() {
        return Combinators.combine(files(), Arbitraries.integers(), Arbitraries.integers()).as(Position::new);
    }

    /** Nearly always the article's own file, as in a real parse; now and then another. */
    private Arbitrary<String> files() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(DISPLAY)),
                Tuple.of(1, text()));
    }

    /** Any UTF-16 text, lone surrogates and control characters included. */
    private Arbitrary<String> text() {
        return Arbitraries.strings().all().ofMaxLength(12);
    }
}
