package dev.byline.bench;

import dev.byline.config.SiteConfigLoader;
import dev.byline.content.ArticleParser;
import dev.byline.content.ImageSizes;
import dev.byline.content.MarkdownRenderer;
import dev.byline.content.ParsedArticle;
import dev.byline.content.StaticFiles;
import dev.byline.diag.Diagnostics;
import dev.byline.io.Folders;
import dev.byline.model.SiteConfig;
import dev.byline.source.DisplayPaths;
import dev.byline.source.SourceFile;
import dev.byline.source.SourceKind;
import dev.byline.source.SourceScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One article through {@link ArticleParser}, as the build parses every file: read and decode, front matter, Markdown
 * to HTML. Set up as {@code Pipeline} does, with the sample site's settings and static images.
 *
 * <pre>
 * mvn -Pjmh package -DskipTests                          # builds target/byline-jmh.jar
 * java -jar target/byline-jmh.jar ArticleParseBenchmark  # from the repository's root folder
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ArticleParseBenchmark {

    private static final Path SAMPLE_ARTICLE = SampleSite.CONTENT.resolve("articles/not-instant-peace-but-progress.md");

    /** {@code sample}: the seed op-ed of the sample site; {@code corpus}: an article of bench/run.sh's corpora. */
    @Param({"sample", "corpus"})
    public String article;

    private Path articleDir;
    private SourceFile file;
    private ArticleParser parser;

    @Setup
    public void setUp() throws IOException {
        String text = switch (article) {
            case "sample" -> Files.readString(SAMPLE_ARTICLE);
            case "corpus" -> CorpusArticle.TEXT;
            default -> throw new IllegalArgumentException("article is sample or corpus, not " + article);
        };
        articleDir = Files.createTempDirectory("byline-jmh-article");
        Path path = Files.writeString(articleDir.resolve("op-ed.md"), text);
        DisplayPaths display = new DisplayPaths(Path.of("").toAbsolutePath());
        file = new SourceFile(SourceKind.ARTICLE, path, display.of(path), "op-ed.md");

        Diagnostics diagnostics = new Diagnostics();
        Path siteYaml = SampleSite.CONTENT.resolve("site.yaml");
        SourceFile siteFile = new SourceFile(SourceKind.CONFIG, siteYaml, display.of(siteYaml), "site.yaml");
        StaticFiles staticFiles = new StaticFiles(new SourceScanner(display).scanContent(SampleSite.CONTENT,
                diagnostics).ofKind(SourceKind.STATIC), "content/static");
        SiteConfig config = SiteConfigLoader.load(siteFile, staticFiles, null, diagnostics)
                .orElseThrow(() -> new IllegalStateException(SampleSite.format(diagnostics.sorted())));
        ImageSizes imageSizes = new ImageSizes(staticFiles, config.basePath());
        parser = new ArticleParser(config.timezone(),
                new MarkdownRenderer(config.basePath(), config.allowRawHtml(), imageSizes), Optional.empty());
        if (parser.parse(file, diagnostics).document().isEmpty()) {
            throw new IllegalStateException(SampleSite.format(diagnostics.sorted()));
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        Folders.deleteTree(articleDir);
    }

    @Benchmark
    public ParsedArticle parse() {
        return parser.parse(file, new Diagnostics());
    }
}
