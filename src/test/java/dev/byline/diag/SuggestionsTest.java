package dev.byline.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> KEYS = List.of("title", "date", "author", "authors", "description", "tags",
            "slug", "updated", "draft", "image");

    @Test
    void nearestKnownWordIsSuggestedForATypo() {
        assertThat(Suggestions.nearest("descripton", KEYS)).contains("description");
        assertThat(Suggestions.nearest("imgae", KEYS)).contains("image");
    }

    @Test
    void swappedNeighboursCountAsOneEdit() {
        assertThat(Suggestions.distance("titel", "title")).isEqualTo(1);
        assertThat(Suggestions.nearest("titel", KEYS)).contains("title");
        assertThat(Suggestions.nearest("dtae", KEYS)).contains("date");
    }

    @Test
    void exactMatchIsItsOwnNearest() {
        assertThat(Suggestions.nearest("author", KEYS)).contains("author");
    }

    @Test
    void closestOfSeveralCandidatesWins() {
        assertThat(Suggestions.nearest("authr", KEYS)).contains("author");
        assertThat(Suggestions.nearest("authorss", KEYS)).contains("authors");
    }

    @Test
    void caseDifferencesStillFindTheWord() {
        assertThat(Suggestions.nearest("Title", KEYS)).contains("title");
    }

    @Test
    void nothingIsSuggestedWhenTooFar() {
        assertThat(Suggestions.nearest("colour", KEYS)).isEmpty();
        assertThat(Suggestions.nearest("xyz", KEYS)).isEmpty();
    }

    @Test
    void shortWordsAllowOnlyOneEdit() {
        assertThat(Suggestions.nearest("tag", KEYS)).contains("tags");
        assertThat(Suggestions.nearest("tga", KEYS)).isEmpty();
        assertThat(Suggestions.nearest("tx", KEYS)).isEmpty();
    }

    @Test
    void nothingIsSuggestedFromAnEmptyList() {
        assertThat(Suggestions.nearest("title", List.of())).isEmpty();
    }

    @Test
    void distanceIsLevenshtein() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("same", "same")).isZero();
    }
}
