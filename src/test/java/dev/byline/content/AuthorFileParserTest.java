package dev.byline.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.model.AuthorKind;
import dev.byline.source.SourceFile;
import dev.byline.source.SourceKind;
import dev.byline.yaml.Located;
import dev.byline.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Author files' {@code kind}, {@code tagline}, {@code description} and {@code members}, and the inline author's. */
class AuthorFileParserTest {

    @TempDir
    Path folder;
    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<RegistryAuthor> parse(String slug, String yaml) throws IOException {
        Path file = folder.resolve(slug + ".yaml");
        Files.writeString(file, yaml);
        return AuthorFileParser.parse(new SourceFile(SourceKind.AUTHOR, file, "content/authors/" + slug + ".yaml",
                slug + ".yaml"), diagnostics);
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void authorWithoutKindIsAPersonWithItsTagline() throws IOException {
        RegistryAuthor maren = parse("maren-okafor", """
                name: Maren Okafor
                tagline: "  is a senior studying urban planning  "
                """).orElseThrow();

        assertThat(maren.kind()).isEqualTo(AuthorKind.PERSON);
        assertThat(maren.profile().tagline()).isEqualTo("is a senior studying urban planning");
        assertThat(maren.members()).isEmpty();
        assertThat(messages()).isEmpty();
    }

    @Test
    void organizationHasItsDescriptionAndMembersWithWhereEachIsWritten() throws IOException {
        RegistryAuthor board = parse("editorial-board", """
                name: The Editorial Board
                kind: organization
                description: "The board writes the paper's editorials."
                members: [maren-okafor, theo-lindqvist]
                """).orElseThrow();

        assertThat(board.kind()).isEqualTo(AuthorKind.ORGANIZATION);
        assertThat(board.profile().name()).isEqualTo("The Editorial Board");
        assertThat(board.description()).isEqualTo("The board writes the paper's editorials.");
        assertThat(board.members()).extracting(Located::value).containsExactly("maren-okafor", "theo-lindqvist");
        assertThat(board.members().get(1).position().line()).isEqualTo(4);
        assertThat(board.members().get(1).position().column()).isEqualTo(25);
        assertThat(messages()).isEmpty();
    }

    @Test
    void unknownKindIsAnErrorListingBothWithANearMiss() throws IOException {
        assertThat(parse("board", "name: Board\nkind: organisation\n")).isEmpty();

        assertThat(messages()).containsExactly("content/authors/board.yaml:2:7: error: kind must be person or "
                + "organization, found \"organisation\"; did you mean organization?");
    }

    @Test
    void kindFarFromBothHasNoSuggestion() throws IOException {
        assertThat(parse("board", "name: Board\nkind: committee\n")).isEmpty();

        assertThat(messages()).containsExactly("content/authors/board.yaml:2:7: error: kind must be person or "
                + "organization, found \"committee\"");
    }

    @Test
    void bioOnAnOrganizationIsAnErrorPointingAtDescription() throws IOException {
        parse("board", "name: Board\nkind: organization\nbio: \"We write editorials.\"\n");

        assertThat(messages()).containsExactly("content/authors/board.yaml:3:1: error: an organization has a "
                + "description, not a bio: rename bio to description");
    }

    @Test
    void taglineOnAnOrganizationIsAnError() throws IOException {
        parse("board", "name: Board\nkind: organization\ntagline: is the board\n");

        assertThat(messages()).singleElement().asString().startsWith("content/authors/board.yaml:3:1: error: a "
                + "tagline is for people");
    }

    @Test
    void membersAndDescriptionOnAPersonAreErrorsNamingKindOrganization() throws IOException {
        parse("maren-okafor", "name: Maren Okafor\ndescription: \"A writer.\"\nmembers: [theo-lindqvist]\n");

        assertThat(messages()).containsExactly(
                "content/authors/maren-okafor.yaml:2:1: error: description is for organizations: add the line kind: "
                        + "organization, or remove description",
                "content/authors/maren-okafor.yaml:3:1: error: members is for organizations: add the line kind: "
                        + "organization, or remove members");
    }

    @Test
    void membersMustBeAListOfSlugs() throws IOException {
        parse("board", "name: Board\nkind: organization\nmembers: maren-okafor\n");

        assertThat(messages()).containsExactly("content/authors/board.yaml:3:10: error: members must be a list "
                + "such as [maren-okafor, theo-lindqvist], found text");
    }

    @Test
    void taglineThatRepeatsTheNameIsAWarning() throws IOException {
        RegistryAuthor maren = parse("maren-okafor", "name: Maren Okafor\ntagline: Maren Okafor is a senior\n")
                .orElseThrow();

        assertThat(maren.profile().tagline()).isEqualTo("Maren Okafor is a senior");
        assertThat(messages()).containsExactly("content/authors/maren-okafor.yaml:2:10: warning: the tagline is "
                + "shown after the name (\"Maren Okafor is a senior studying...\"): write it without "
                + "\"Maren Okafor\" at the start");
    }

    @Test
    void inlineAuthorTakesATagline() {
        Optional<AuthorProfile> profile = inline("name: Corin Ashdown\ntagline: is a visiting lecturer\n");

        assertThat(profile).map(AuthorProfile::tagline).contains("is a visiting lecturer");
        assertThat(messages()).isEmpty();
    }

    @Test
    void inlineOrganizationIsAnErrorSayingWhereOrganizationsAreDescribed() {
        inline("name: The Editorial Board\nkind: organization\nmembers: [maren-okafor]\n");

        assertThat(messages()).containsExactly(
                "content/articles/a.md:2:1: error: an organization is described in an author file: write it in "
                        + "content/authors/the-editorial-board.yaml (with kind: organization) and name it here by "
                        + "its slug, author: the-editorial-board",
                "content/articles/a.md:3:1: error: members is for organizations, and an organization is described "
                        + "in an author file: write it in content/authors/the-editorial-board.yaml (with kind: "
                        + "organization) and name it here by its slug, author: the-editorial-board");
    }

    @Test
    void inlineKindPersonIsAccepted() {
        assertThat(inline("name: Corin Ashdown\nkind: person\n")).isPresent();
        assertThat(messages()).isEmpty();
    }

    private Optional<AuthorProfile> inline(String yaml) {
        return YamlReader.readMapping(yaml, "content/articles/a.md", 0, diagnostics)
                .flatMap(map -> AuthorFileParser.inline(map, diagnostics));
    }
}
