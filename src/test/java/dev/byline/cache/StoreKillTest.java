package dev.byline.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed outright (SIGKILL) while it saves the store leaves a store the next build can use whole. */
class StoreKillTest {

    private static final int KILLS = 6;

    @TempDir
    Path temp;

    @Test
    void aSaveKilledAtAnyMomentLeavesTheOldStoreOrTheNewOneWhole() throws Exception {
        StoreSite site = new StoreSite(temp);
        String hopper = Files.readString(site.article("hopper.md"));
        for (int copy = 0; copy < 300; copy++) { // a store that takes a while to write
            site.write("copies/copy-" + copy + ".md", hopper + "\n" + "Copy number " + copy + ".\n".repeat(20));
        }
        site.savedStore();
        int all = site.articles().size();
        Random random = new Random(14);

        for (int kill = 0; kill < KILLS; kill++) {
            Process saver = startSaver(site);
            Thread.sleep(random.nextInt(60)); // after the first save began: the kill lands in any later one
            saver.destroyForcibly().waitFor();
            ParsedArticleStore.Loaded loaded = site.load();

            assertThat(loaded.ignoredBecause()).as("after kill %d", kill).isEmpty();
            assertThat(loaded.store().size()).as("after kill %d", kill).isIn(all, all - 1);
        }
    }

    private static Process startSaver(StoreSite site) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process saver = new ProcessBuilder(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), StoreSaver.class.getName(),
                site.content().getParent().toString(), site.storeFile().toString()))
                .redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("the saver started").isEqualTo(StoreSaver.SAVING);
        return saver;
    }
}
