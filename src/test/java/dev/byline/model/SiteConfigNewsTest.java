package dev.byline.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteConfigNewsTest {

    private static String newsLanguage(String language) {
        return SiteConfigs.standard().withLanguage(language).build().newsLanguage();
    }

    @Test
    void theNewsLanguageIsTheIso639CodeAlone() {
        assertThat(newsLanguage("en")).isEqualTo("en");
        assertThat(newsLanguage("en-GB")).isEqualTo("en");
        assertThat(newsLanguage("pt-BR")).isEqualTo("pt");
        assertThat(newsLanguage("fil")).isEqualTo("fil");
    }

    @Test
    void chineseIsSimplifiedOrTraditionalAsGoogleTellsThemApart() {
        assertThat(newsLanguage("zh")).isEqualTo("zh-cn");
        assertThat(newsLanguage("zh-CN")).isEqualTo("zh-cn");
        assertThat(newsLanguage("zh-Hans")).isEqualTo("zh-cn");
        assertThat(newsLanguage("zh-Hant")).isEqualTo("zh-tw");
        assertThat(newsLanguage("zh-TW")).isEqualTo("zh-tw");
        assertThat(newsLanguage("zh-HK")).isEqualTo("zh-tw");
        assertThat(newsLanguage("zh-Hans-HK")).isEqualTo("zh-cn");
    }
}
