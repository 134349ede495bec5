package dev.byline.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site's pages depend on its files alone, never on the machine's locale or time zone: built under a Turkish locale
 * (where "I".toLowerCase() is a dotless ı), an Arabic one (Arabic-Indic digits in formatted numbers) or a Thai one
 * (Buddhist calendar), in a zone far from the site's, every file is byte for byte what an English machine in UTC
 * writes.
 */
class LocaleProofOutputTest {

    @ParameterizedTest(name = "{0} site under {1} in {2}")
    @CsvSource({
            "locale-sensitive, tr-TR, Pacific/Kiritimati",
            "locale-sensitive, ar-EG, America/Anchorage",
            "golden, tr-TR, Asia/Kathmandu",
            "golden, th-TH-u-ca-buddhist-nu-thai, Pacific/Pago_Pago"})
    void outputIsTheSameUnderAnyMachineLocaleAndZone(String site, String languageTag, String zone,
                                                     @TempDir Path temp) {
        Path fixture = TestSites.fixture("sites", site);
        Map<String, byte[]> reference = buildUnder(Locale.ENGLISH, "UTC", fixture, temp.resolve("reference"));
        Map<String, byte[]> elsewhere = buildUnder(Locale.forLanguageTag(languageTag), zone, fixture,
                temp.resolve("elsewhere"));

        assertThat(reference).isNotEmpty();
        assertThat(elsewhere.keySet()).containsExactlyElementsOf(reference.keySet());
        reference.forEach((file, bytes) -> assertThat(new String(elsewhere.get(file), StandardCharsets.UTF_8))
                .as(file).isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
    }

    private static Map<String, byte[]> buildUnder(Locale locale, String zone, Path site, Path output) {
        Locale locale0 = Locale.getDefault();
        Locale format0 = Locale.getDefault(Locale.Category.FORMAT);
        Locale display0 = Locale.getDefault(Locale.Category.DISPLAY);
        TimeZone zone0 = TimeZone.getDefault();
        try {
            Locale.setDefault(locale);
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            BuildResult result = TestSites.build(TestSites.request(site, TestSites.theme(), output));
            assertThat(TestSites.formatted(result.diagnostics())).isEmpty();
            return TestSites.tree(output);
        } finally {
            Locale.setDefault(locale0);
            Locale.setDefault(Locale.Category.FORMAT, format0);
            Locale.setDefault(Locale.Category.DISPLAY, display0);
            TimeZone.setDefault(zone0);
        }
    }
}
