package dev.byline.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.model.Pagination;
import dev.byline.model.SiteConfig;
import dev.byline.model.SiteConfigs;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PaginatorTest {

    private static final SiteConfig ROOT = site("https://example.org/");
    private static final SiteConfig OPINION = site("https://example.org/opinion/");

    private static SiteConfig site(String baseUrl) {
        return SiteConfigs.standard().withBaseUrl(baseUrl).build();
    }

    private static List<Integer> numbers(int count) {
        return IntStream.rangeClosed(1, count).boxed().toList();
    }

    @Test
    void itemsAreCutIntoPagesInOrder() {
        List<Paginator.Slice<Integer>> pages = Paginator.paginate(numbers(7), 3, "", ROOT);

        assertThat(pages).extracting(Paginator.Slice::items)
                .containsExactly(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7));
    }

    @Test
    void pagePathsFollowTheFirstPage() {
        assertThat(Paginator.paginate(numbers(7), 3, "", ROOT)).extracting(Paginator.Slice::sitePath)
                .containsExactly("", "page/2/", "page/3/");
        assertThat(Paginator.paginate(numbers(4), 2, "authors/x/", ROOT)).extracting(Paginator.Slice::sitePath)
                .containsExactly("authors/x/", "authors/x/page/2/");
    }

    @Test
    void paginationLinksCarryTheSubPathBase() {
        List<Paginator.Slice<Integer>> pages = Paginator.paginate(numbers(5), 2, "authors/x/", OPINION);

        Pagination first = pages.get(0).pagination();
        Pagination middle = pages.get(1).pagination();
        Pagination last = pages.get(2).pagination();
        assertThat(first).isEqualTo(new Pagination(1, 3, "/opinion/authors/x/", null, "/opinion/authors/x/page/2/"));
        assertThat(middle).isEqualTo(new Pagination(2, 3, "/opinion/authors/x/page/2/", "/opinion/authors/x/",
                "/opinion/authors/x/page/3/"));
        assertThat(last).isEqualTo(new Pagination(3, 3, "/opinion/authors/x/page/3/", "/opinion/authors/x/page/2/",
                null));
    }

    @Test
    void firstAndLastPagesKnowWhereTheyAre() {
        List<Paginator.Slice<Integer>> pages = Paginator.paginate(numbers(3), 2, "", ROOT);

        assertThat(pages.get(0).pagination().isFirst()).isTrue();
        assertThat(pages.get(0).pagination().hasPrevious()).isFalse();
        assertThat(pages.get(0).pagination().hasNext()).isTrue();
        assertThat(pages.get(1).pagination().isFirst()).isFalse();
        assertThat(pages.get(1).pagination().hasPrevious()).isTrue();
        assertThat(pages.get(1).pagination().hasNext()).isFalse();
        assertThat(pages.get(1).pagination().previousUrl()).isEqualTo("/");
    }

    @Test
    void emptyListGivesOneEmptyPage() {
        List<Paginator.Slice<Integer>> pages = Paginator.paginate(List.of(), 10, "tags/x/", ROOT);

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).items()).isEmpty();
        assertThat(pages.get(0).sitePath()).isEqualTo("tags/x/");
        assertThat(pages.get(0).pagination()).isEqualTo(new Pagination(1, 1, "/tags/x/", null, null));
    }

    @Test
    void exactMultipleHasNoEmptyTrailingPage() {
        List<Paginator.Slice<Integer>> pages = Paginator.paginate(numbers(20), 10, "", ROOT);

        assertThat(pages).hasSize(2);
        assertThat(pages.get(1).items()).containsExactly(11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
        assertThat(pages.get(1).pagination().total()).isEqualTo(2);
        assertThat(pages.get(1).pagination().hasNext()).isFalse();
    }

    @Test
    void fewerItemsThanAPageGiveOnePage() {
        List<Paginator.Slice<Integer>> pages = Paginator.paginate(numbers(3), 10, "", OPINION);

        assertThat(pages).singleElement().satisfies(page -> {
            assertThat(page.items()).containsExactly(1, 2, 3);
            assertThat(page.pagination()).isEqualTo(new Pagination(1, 1, "/opinion/", null, null));
        });
    }

    @Test
    void pageItemsAreCopiesNotViews() {
        List<Paginator.Slice<Integer>> pages = Paginator.paginate(numbers(3), 2, "", ROOT);

        assertThat(pages.get(0).items()).isUnmodifiable();
    }
}
