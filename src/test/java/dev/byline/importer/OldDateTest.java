package dev.byline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class OldDateTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void anOffsetWithoutAColonIsKeptSoThePostStaysOnItsDay() {
        OldDate date = OldDate.parse("2024-03-01 00:30:00 +0200", BERLIN).orElseThrow();

        assertThat(date.written()).isEqualTo("2024-03-01T00:30:00+02:00");
        assertThat(date.clock()).isEqualTo(LocalDateTime.of(2024, 3, 1, 0, 30));
        assertThat(date.local()).isEqualTo(LocalDateTime.of(2024, 2, 29, 23, 30));
    }

    @Test
    void aDateAloneAndATimeWithoutOffsetStayInTheSitesZone() {
        assertThat(OldDate.parse("2014-9-5", BERLIN).orElseThrow().written()).isEqualTo("2014-09-05");
        OldDate local = OldDate.parse("2014-09-05 08:15", BERLIN).orElseThrow();
        assertThat(local.written()).isEqualTo("2014-09-05T08:15");
        assertThat(local.local()).isEqualTo(local.clock());
    }

    @Test
    void utcAndRfc3339FormsAreRead() {
        assertThat(OldDate.parse("2024-05-01T09:30:00Z", BERLIN).orElseThrow().written())
                .isEqualTo("2024-05-01T09:30:00Z");
        assertThat(OldDate.parse("2024-05-01T09:30:00.123-05:00", BERLIN).orElseThrow().written())
                .isEqualTo("2024-05-01T09:30:00-05:00");
    }

    @Test
    void whatIsNoDateIsNone() {
        assertThat(OldDate.parse("2024-13-45", BERLIN)).isEmpty();
        assertThat(OldDate.parse("last Tuesday", BERLIN)).isEmpty();
        assertThat(OldDate.parse("", BERLIN)).isEmpty();
    }
}
