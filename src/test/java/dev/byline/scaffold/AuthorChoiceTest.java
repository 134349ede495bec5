package dev.byline.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.content.AuthorProfile;
import dev.byline.content.RegistryAuthor;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorChoiceTest {

    private static final RegistryAuthor MAREN = new RegistryAuthor("maren-okafor", AuthorProfile.named("Maren Okafor"));
    private static final RegistryAuthor THEO = new RegistryAuthor("theo-lindqvist",
            AuthorProfile.named("Theo Lindqvist"));

    @Test
    void withoutAuthorTheRegistrysOnlyWriterIsChosen() {
        assertThat(AuthorChoice.of(null, List.of(MAREN))).isEqualTo(new AuthorChoice.Registered("maren-okafor"));
    }

    @Test
    void withoutAuthorAndSeveralWritersOrNoneTheWriterMustBeGiven() {
        assertThat(AuthorChoice.of(null, List.of(MAREN, THEO))).isInstanceOfSatisfying(AuthorChoice.Unresolved.class,
                unresolved -> assertThat(unresolved.reason()).contains("--author", "maren-okafor, theo-lindqvist"));
        assertThat(AuthorChoice.of(null, List.of())).isInstanceOfSatisfying(AuthorChoice.Unresolved.class,
                unresolved -> assertThat(unresolved.reason()).contains("--author \"Jane Doe\""));
    }

    @Test
    void aRegistrySlugOrARegistryNameInAnyCaseIsThatWriter() {
        assertThat(AuthorChoice.of("theo-lindqvist", List.of(MAREN, THEO)))
                .isEqualTo(new AuthorChoice.Registered("theo-lindqvist"));
        assertThat(AuthorChoice.of(" theo LINDQVIST ", List.of(MAREN, THEO)))
                .isEqualTo(new AuthorChoice.Registered("theo-lindqvist"));
    }

    @Test
    void anyOtherNameIsWrittenIntoTheArticleQuoted() {
        AuthorChoice choice = AuthorChoice.of("Mary O'Hara", List.of(MAREN));

        assertThat(choice).isEqualTo(new AuthorChoice.Named("Mary O'Hara"));
        assertThat(((AuthorChoice.Chosen) choice).yaml()).isEqualTo("\"Mary O'Hara\"");
    }

    @Test
    void anUnknownSlugIsATypoWithTheNearestSlugSuggested() {
        assertThat(AuthorChoice.of("maren-okafr", List.of(MAREN, THEO)))
                .isInstanceOfSatisfying(AuthorChoice.Unresolved.class, unresolved -> assertThat(unresolved.reason())
                        .contains("no writer \"maren-okafr\"", "did you mean maren-okafor?",
                                "--author \"Maren Okafr\""));
    }

    @Test
    void aBlankAuthorIsRefused() {
        assertThat(AuthorChoice.of("  ", List.of(MAREN))).isInstanceOf(AuthorChoice.Unresolved.class);
    }
}
