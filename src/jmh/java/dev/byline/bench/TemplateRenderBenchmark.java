package dev.byline.bench;

import dev.byline.model.PageModel;
import dev.byline.plan.PageTask;
import dev.byline.template.Templates;
import java.io.IOException;
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
 * One page through the compiled jte theme ({@link Templates#render}), as the build renders every page: the sample
 * site's seed op-ed ({@code article.jte}) and its first index page ({@code index.jte}, the site's five articles).
 *
 * <pre>
 * mvn -Pjmh package -DskipTests                            # builds target/byline-jmh.jar
 * java -jar target/byline-jmh.jar TemplateRenderBenchmark  # from the repository's root folder
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class TemplateRenderBenchmark {

    private SampleSite sampleSite;
    private Templates templates;
    private PageTask articlePage;
    private PageModel articleModel;
    private PageTask indexPage;
    private PageModel indexModel;

    @Setup
    public void setUp() throws IOException {
        sampleSite = SampleSite.render();
        templates = sampleSite.templates();
        articlePage = sampleSite.page("articles/not-instant-peace-but-progress/index.html");
        articleModel = sampleSite.model(articlePage);
        indexPage = sampleSite.page("index.html");
        indexModel = sampleSite.model(indexPage);
    }

    @TearDown
    public void tearDown() throws IOException {
        sampleSite.close();
    }

    @Benchmark
    public byte[] articlePage() {
        return templates.render(articlePage.template(), articleModel);
    }

    @Benchmark
    public byte[] indexPage() {
        return templates.render(indexPage.template(), indexModel);
    }
}
