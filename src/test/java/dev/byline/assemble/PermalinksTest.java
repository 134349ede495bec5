package dev.byline.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PermalinksTest {

    @Test
    void pagesAreFoldersUnderTheirKind() {
        assertThat(Permalinks.article("not-instant-peace")).isEqualTo("articles/not-instant-peace/");
        assertThat(Permalinks.author("andrew-wilson")).isEqualTo("authors/andrew-wilson/");
        assertThat(Permalinks.tag("ukraine")).isEqualTo("tags/ukraine/");
    }

    @Test
    void firstListPageIsTheListItself() {
        assertThat(Permalinks.listPage("", 1)).isEmpty();
        assertThat(Permalinks.listPage("authors/x/", 1)).isEqualTo("authors/x/");
    }

    @Test
    void laterListPagesAreUnderPage() {
        assertThat(Permalinks.listPage("", 2)).isEqualTo("page/2/");
        assertThat(Permalinks.listPage("authors/x/", 2)).isEqualTo("authors/x/page/2/");
        assertThat(Permalinks.listPage("tags/ukraine/", 12)).isEqualTo("tags/ukraine/page/12/");
    }

    @Test
    void folderPathsAreServedByIndexHtml() {
        assertThat(Permalinks.file("")).isEqualTo("index.html");
        assertThat(Permalinks.file("articles/x/")).isEqualTo("articles/x/index.html");
        assertThat(Permalinks.file("page/2/")).isEqualTo("page/2/index.html");
    }

    @Test
    void filePathsAreServedAsThemselves() {
        assertThat(Permalinks.file(Permalinks.NOT_FOUND_FILE)).isEqualTo("404.html");
        assertThat(Permalinks.file("feed.xml")).isEqualTo("feed.xml");
    }
}
