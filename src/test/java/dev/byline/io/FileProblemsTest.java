package dev.byline.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.diag.Diagnostics;
import dev.byline.source.SourceFile;
import dev.byline.source.SourceKind;
import dev.byline.source.TextDecoder;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the system refused, in words, with no Java class name; as root, chmod cannot make these, so they are made. */
class FileProblemsTest {

    @Test
    void eachKindOfRefusalIsSaidInPlainWords() {
        assertThat(FileProblems.reason(new AccessDeniedException("/x"))).isEqualTo("permission denied");
        assertThat(FileProblems.reason(new NoSuchFileException("/x"))).isEqualTo("it does not exist");
        assertThat(FileProblems.reason(new FileAlreadyExistsException("/x")))
                .isEqualTo("a file of that name is already there");
        assertThat(FileProblems.reason(new IOException("Is a directory"))).isEqualTo("it is a folder, not a file");
        assertThat(FileProblems.reason(new FileSystemException("/x", null, "Not a directory")))
                .isEqualTo("it is not a folder");
        assertThat(FileProblems.reason(new FileSystemException("/x", null, "No space left on device")))
                .isEqualTo("the disk is full");
        assertThat(FileProblems.reason(new FileSystemException("C:\\x", null,
                "The process cannot access the file because it is being used by another process.")))
                .isEqualTo("it is used by another program");
    }

    @Test
    void aReasonWithoutPlainerWordsIsTheSystemsOwnAndNeverAClassName() {
        assertThat(FileProblems.reason(new FileSystemException("/x", null, "Input/output error")))
                .isEqualTo("input/output error");
        assertThat(FileProblems.reason(new IOException())).isEqualTo("the system gave no reason");
    }

    @Test
    void describingNamesTheFileThenTheReason() {
        assertThat(FileProblems.describe(new FileSystemException("site-out/index.html", null,
                "No space left on device"))).isEqualTo("site-out/index.html: the disk is full");
        assertThat(FileProblems.describe(new IOException("stopped before the new site was complete")))
                .isEqualTo("stopped before the new site was complete");
    }

    @Test
    void aSourceThatIsAFolderCannotBeReadAndSaysWhy(@TempDir Path temp) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("first.md"));
        Diagnostics diagnostics = new Diagnostics();

        assertThat(TextDecoder.read(new SourceFile(SourceKind.ARTICLE, folder, "content/articles/first.md",
                "first.md"), diagnostics)).isEmpty();
        assertThat(diagnostics.sorted()).extracting(diagnostic -> diagnostic.format())
                .containsExactly("content/articles/first.md: error: cannot be read (it is a folder, not a file)");
    }
}
