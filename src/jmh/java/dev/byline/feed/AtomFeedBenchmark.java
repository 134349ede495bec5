package dev.byline.feed;

import dev.byline.bench.SampleSite;
import dev.byline.model.Article;
import dev.byline.model.Site;
import dev.byline.model.SiteConfig;
import dev.byline.model.SitePaths;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The sample site's Atom feed ({@code feed.xml}, its five articles in full) through {@link AtomFeed}. In this
 * package because AtomFeed and FeedSpec are package-private.
 *
 * <pre>
 * mvn -Pjmh package -DskipTests                      # builds target/byline-jmh.jar
 * java -jar target/byline-jmh.jar AtomFeedBenchmark  # from the repository's root folder
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class AtomFeedBenchmark {

    private SampleSite sampleSite;
    private SiteConfig config;
    private FeedSpec siteFeed;

    @Setup
    public void setUp() throws IOException {
        sampleSite = SampleSite.render();
        Site site = sampleSite.site();
        config = site.config();
        List<Article> newest = site.articles().subList(0, Math.min(config.feedSize(), site.articles().size()));
        siteFeed = new FeedSpec(SitePaths.ATOM_FEED, config.title(), config.href(""), config.feedUrl(), newest);
    }

    @TearDown
    public void tearDown() throws IOException {
        sampleSite.close();
    }

    /**
     * A new AtomFeed each call: an instance makes each article's HTML absolute once and keeps it, so a reused one
     * would skip that work (in a build, all feeds share one instance and the first to reach an article pays).
     */
    @Benchmark
    public byte[] siteFeed() {
        return new AtomFeed(config).write(siteFeed);
    }
}
