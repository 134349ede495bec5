package dev.byline.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.assemble.PublishingRules.Verdict;
import dev.byline.content.ArticleDocument;
import dev.byline.content.MarkdownRenderer;
import dev.byline.diag.Position;
import dev.byline.model.Html;
import dev.byline.model.ArticleDate;
import dev.byline.model.WorkType;
import dev.byline.source.SourceFile;
import dev.byline.source.SourceKind;
import dev.byline.yaml.Located;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishingRulesTest {

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static final ZoneId UTC = ZoneId.of("UTC");

    private static final ArticleDate PAST = at("2025-12-31T12:00:00Z");
    private static final ArticleDate FUTURE = at("2026-01-02T12:00:00Z");

    static ArticleDate at(String instant) {
        return new ArticleDate(Instant.parse(instant).atZone(UTC), true);
    }

    /** An article file's parse with these dates, for the rules about time. */
    static ArticleDocument document(boolean draft, ArticleDate date, ArticleDate expires) {
        SourceFile source = new SourceFile(SourceKind.ARTICLE, Path.of("content/articles/a.md"),
                "content/articles/a.md", "a.md");
        return new ArticleDocument(source, new Located<>("a", Position.ofFile("content/articles/a.md")), "", "Title",
                "", date, null, List.of(), List.of(), null, draft, expires, List.of(), false,
                WorkType.OP_ED, null, null, "", List.of(), 6,
                new MarkdownRenderer.Rendered(new Html("<p>x</p>"), 1, "x", List.of(), List.of(), null), List.of());
    }

    private static PublishingRules rules(boolean drafts, boolean future) {
        return new PublishingRules(drafts, future, NOW);
    }

    @Test
    void pastArticleIsPublished() {
        assertThat(rules(false, false).judge(document(false, PAST, null))).isEqualTo(Verdict.PUBLISH);
    }

    @Test
    void draftIsHeldWithoutTheDraftsOption() {
        assertThat(rules(false, false).judge(document(true, PAST, null))).isEqualTo(Verdict.DRAFT);
    }

    @Test
    void draftIsPublishedWithTheDraftsOption() {
        assertThat(rules(true, false).judge(document(true, PAST, null))).isEqualTo(Verdict.PUBLISH);
    }

    @Test
    void futureArticleIsScheduled() {
        assertThat(rules(false, false).judge(document(false, FUTURE, null))).isEqualTo(Verdict.SCHEDULED);
    }

    @Test
    void futureArticleIsPublishedWithTheFutureOption() {
        assertThat(rules(false, true).judge(document(false, FUTURE, null))).isEqualTo(Verdict.PUBLISH);
    }

    @Test
    void articleDatedExactlyNowIsPublished() {
        assertThat(rules(false, false).judge(document(false, at("2026-01-01T12:00:00Z"), null)))
                .isEqualTo(Verdict.PUBLISH);
    }

    @Test
    void draftWinsOverSchedule() {
        assertThat(rules(false, false).judge(document(true, FUTURE, null))).isEqualTo(Verdict.DRAFT);
    }

    @Test
    void futureDraftIsScheduledWhenDraftsAreBuilt() {
        assertThat(rules(true, false).judge(document(true, FUTURE, null))).isEqualTo(Verdict.SCHEDULED);
    }

    @Test
    void articleWhoseExpiryHasPassedIsExpired() {
        assertThat(rules(false, false).judge(document(false, PAST, at("2026-01-01T11:59:59Z"))))
                .isEqualTo(Verdict.EXPIRED);
    }

    @Test
    void articleExpiringExactlyNowIsExpired() {
        assertThat(rules(false, false).judge(document(false, PAST, at("2026-01-01T12:00:00Z"))))
                .isEqualTo(Verdict.EXPIRED);
    }

    @Test
    void articleExpiringLaterIsPublished() {
        assertThat(rules(false, false).judge(document(false, PAST, FUTURE))).isEqualTo(Verdict.PUBLISH);
    }

    @Test
    void draftWinsOverExpiry() {
        assertThat(rules(false, false).judge(document(true, PAST, PAST))).isEqualTo(Verdict.DRAFT);
    }

    @Test
    void expiryIsJudgedEvenWithTheDraftsAndFutureOptions() {
        assertThat(rules(true, true).judge(document(true, PAST, PAST))).isEqualTo(Verdict.EXPIRED);
    }

    @Test
    void dateIsComparedAsAnInstantWhateverItsZone() {
        ArticleDate tokyoMorning = new ArticleDate(
                Instant.parse("2026-01-01T11:00:00Z").atZone(ZoneId.of("Asia/Tokyo")), true);

        assertThat(rules(false, false).judge(document(false, tokyoMorning, null))).isEqualTo(Verdict.PUBLISH);
    }
}
