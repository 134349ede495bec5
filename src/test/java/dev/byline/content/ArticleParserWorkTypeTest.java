package dev.byline.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.diag.Diagnostic;
import dev.byline.model.WorkType;
import dev.byline.source.SourceFile;
import dev.byline.source.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Front matter's type of work, column, inResponseTo, canonical and aliases: read with their positions, and
 * checked.
 */
class ArticleParserWorkTypeTest {

    @TempDir
    Path temp;

    /** Parses an article whose front matter has these lines after title, date and author (so from line 5). */
    private ArticleParse parse(String lines) throws IOException {
        Path file = temp.resolve("content/articles/a.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: A\ndate: 2025-08-15\nauthor: Jane Doe\n" + lines + "---\nText.\n");
        ArticleParser parser = new ArticleParser(ZoneId.of("UTC"), new MarkdownRenderer("/", false,
                new ImageSizes(ScannedStaticFiles.NONE, "/")), Optional.empty());
        return parser.parse(new SourceFile(SourceKind.ARTICLE, file, "content/articles/a.md", "a.md"));
    }

    private ArticleDocument document(String lines) throws IOException {
        ArticleParse parse = parse(lines);
        assertThat(parse.diagnostics()).isEmpty();
        return parse.article().document().orElseThrow();
    }

    private List<String> messages(String lines) throws IOException {
        ArticleParse parse = parse(lines);
        assertThat(parse.article().document()).as("a file with errors is not published").isEmpty();
        return parse.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void anArticleWithoutATypeIsAnOpEd() throws IOException {
        ArticleDocument document = document("");

        assertThat(document.type()).isEqualTo(WorkType.OP_ED);
        assertThat(document.column()).isNull();
        assertThat(document.inResponseTo()).isNull();
        assertThat(document.canonical()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = WorkType.class, names = "COLUMN", mode = EnumSource.Mode.EXCLUDE)
    void everyTypeButAColumnIsReadByItsId(WorkType type) throws IOException {
        assertThat(document("type: " + type.id() + "\n").type()).isEqualTo(type);
    }

    @Test
    void aTypeIsReadInAnyCase() throws IOException {
        assertThat(document("type: Guest-Essay\n").type()).isEqualTo(WorkType.GUEST_ESSAY);
    }

    @Test
    void anUnknownTypeIsAnErrorAtItsValueThatListsTheTypesAndSuggestsTheNearest() throws IOException {
        assertThat(messages("type: editoral\n")).containsExactly("content/articles/a.md:5:7: error: type "
                + "\"editoral\" is not a type of work Byline knows; use one of op-ed, editorial, column, guest-essay, "
                + "letter, analysis, review, endorsement (did you mean editorial?)");
    }

    @Test
    void anUnknownTypeFarFromAnyGetsTheListAlone() throws IOException {
        assertThat(messages("type: manifesto\n")).containsExactly("content/articles/a.md:5:7: error: type "
                + "\"manifesto\" is not a type of work Byline knows; use one of op-ed, editorial, column, "
                + "guest-essay, letter, analysis, review, endorsement");
    }

    @Test
    void aBlankTypeIsAnError() throws IOException {
        assertThat(messages("type: \"\"\n")).containsExactly("content/articles/a.md:5:7: error: type is blank; "
                + "write it as type: editorial");
    }

    @Test
    void aColumnAloneMakesAColumnPieceWithTheNameAndItsPosition() throws IOException {
        ArticleDocument document = document("column: \"  Transit Lines \"\n");

        assertThat(document.type()).isEqualTo(WorkType.COLUMN);
        assertThat(document.column().value()).isEqualTo("Transit Lines");
        assertThat(document.column().position().line()).isEqualTo(5);
        assertThat(document.column().position().column()).isEqualTo(9);
    }

    @Test
    void typeColumnWithAColumnNameIsAColumnPiece() throws IOException {
        ArticleDocument document = document("type: column\ncolumn: Transit Lines\n");

        assertThat(document.type()).isEqualTo(WorkType.COLUMN);
        assertThat(document.column().value()).isEqualTo("Transit Lines");
    }

    @Test
    void typeColumnWithoutAColumnNameIsAnError() throws IOException {
        assertThat(messages("type: column\n")).containsExactly("content/articles/a.md:5:7: error: type: column "
                + "needs the column's name; add a line such as column: \"Transit Lines\"");
    }

    @Test
    void aBlankColumnNameIsAnError() throws IOException {
        assertThat(messages("type: column\ncolumn: \" \"\n")).containsExactly("content/articles/a.md:6:9: error: "
                + "column is blank; write it as column: \"Transit Lines\"");
    }

    @Test
    void aColumnNameOnAnotherTypeIsAnErrorAtTheColumnKey() throws IOException {
        assertThat(messages("type: letter\ncolumn: Transit Lines\n")).containsExactly("content/articles/a.md:6:1: "
                + "error: column: is for columns, but this piece is type: letter; remove the column line, or write "
                + "type: column");
    }

    @Test
    void inResponseToIsTheSlugWrittenWithItsPosition() throws IOException {
        ArticleDocument document = document("type: letter\ninResponseTo: not-instant-peace-but-progress\n");

        assertThat(document.type()).isEqualTo(WorkType.LETTER);
        assertThat(document.inResponseTo().value()).isEqualTo("not-instant-peace-but-progress");
        assertThat(document.inResponseTo().position().line()).isEqualTo(6);
        assertThat(document.inResponseTo().position().column()).isEqualTo(15);
    }

    @Test
    void aBlankInResponseToIsAnError() throws IOException {
        assertThat(messages("inResponseTo: \"\"\n")).containsExactly("content/articles/a.md:5:15: error: "
                + "inResponseTo is blank; write it as inResponseTo: not-instant-peace-but-progress (the slug of "
                + "the article answered)");
    }

    @Test
    void canonicalTakesAnAbsoluteWebAddress() throws IOException {
        assertThat(document("canonical: https://example.com/2025/08/the-essay/\n").canonical())
                .isEqualTo("https://example.com/2025/08/the-essay/");
        assertThat(document("canonical: http://example.com/essay\n").canonical())
                .isEqualTo("http://example.com/essay");
    }

    @Test
    void aCanonicalThatIsNoAbsoluteWebAddressIsAnError() throws IOException {
        for (String wrong : List.of("/articles/elsewhere/", "example.com/essay", "ftp://example.com/essay",
                "https:///no-host", "not a url")) {
            assertThat(messages("canonical: " + wrong + "\n")).as(wrong).containsExactly("content/articles/a.md:5:12: "
                    + "error: canonical \"" + wrong + "\" must be the full address of the page where the piece was "
                    + "first published, such as canonical: https://example.com/2025/08/the-essay/");
        }
    }

    @Test
    void aNearMissOfANewKeyIsCaughtAsOthersAre() throws IOException {
        ArticleParse parse = parse("inResponceTo: x\n");

        assertThat(parse.diagnostics()).map(Diagnostic::format).containsExactly("content/articles/a.md:5:1: "
                + "warning: inResponceTo: unknown key, did you mean inResponseTo?");
    }

    @Test
    void aliasesAndRedirectFromAreOldAddressesAsFoldersOrHtmlFiles() throws IOException {
        ArticleDocument document = document("aliases: [/2016/09/29/old.html, /news/old]\nredirect_from: [/x/y/]\n");

        assertThat(document.aliases()).extracting(alias -> alias.value())
                .containsExactly("2016/09/29/old.html", "news/old/", "x/y/");
        assertThat(document.aliases().get(2).position().line()).isEqualTo(6);
    }

    @Test
    void oneOldAddressMayBeWrittenWithoutAList() throws IOException {
        ArticleDocument document = document("redirect_from: /tolls/\n");

        assertThat(document.aliases()).extracting(alias -> alias.value()).containsExactly("tolls/");
        assertThat(document.aliases().get(0).position().line()).isEqualTo(5);
    }

    @Test
    void anAliasWithAHostOrWithoutASlashIsAnErrorAtIt() throws IOException {
        assertThat(messages("aliases: [https://old.example/a/, old/b/, /a b/]\n")).containsExactly(
                "content/articles/a.md:5:11: error: aliases \"https://old.example/a/\": an old address is a path on "
                        + "this site, without its host: /2016/09/29/old-address.html",
                "content/articles/a.md:5:35: error: aliases \"old/b/\": an old address starts with a slash, as in "
                        + "/2016/09/29/old-address.html",
                "content/articles/a.md:5:43: error: aliases \"/a b/\": each part of an old address is letters, "
                        + "digits and - _ . ~ between single slashes (no spaces, ?, # or ..)");
    }
}
