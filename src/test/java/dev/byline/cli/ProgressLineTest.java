package dev.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void countingStageShowsABarWithDoneAndTotal() {
        assertThat(ProgressLine.line("render", 5, 10))
                .isEqualTo("byline: render   [###############---------------] 5/10");
    }

    @Test
    void stageWithoutStepsShowsItsNameAlone() {
        assertThat(ProgressLine.line("feeds", 0, 0)).isEqualTo("byline: feeds    ...");
    }

    @Test
    void aBuildThatEndsWithinTwoSecondsPrintsNothing() {
        StringWriter text = new StringWriter();
        ProgressLine progress = new ProgressLine(new PrintWriter(text));

        progress.stage("parse", 3);
        progress.advanced();
        progress.clear();

        assertThat(text.toString()).isEmpty();
    }
}
