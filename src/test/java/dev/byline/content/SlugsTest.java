package dev.byline.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void wordsAreLowerCasedAndJoinedWithHyphens() {
        assertThat(Slugs.slugify("Not Instant Peace But Progress")).isEqualTo("not-instant-peace-but-progress");
    }

    @Test
    void accentsAreTransliterated() {
        assertThat(Slugs.slugify("Café Society")).isEqualTo("cafe-society");
        assertThat(Slugs.slugify("Zoë Brontë")).isEqualTo("zoe-bronte");
    }

    @Test
    void lettersWithoutDecompositionAreSpelledOut() {
        assertThat(Slugs.slugify("Straße")).isEqualTo("strasse");
        assertThat(Slugs.slugify("Ærø Łódź")).isEqualTo("aero-lodz");
    }

    @Test
    void punctuationBecomesASingleHyphen() {
        assertThat(Slugs.slugify("Yes, but: why?!")).isEqualTo("yes-but-why");
        assertThat(Slugs.slugify("a -- b")).isEqualTo("a-b");
    }

    @Test
    void leadingAndTrailingHyphensAreTrimmed() {
        assertThat(Slugs.slugify("  -- Hello, world! --  ")).isEqualTo("hello-world");
    }

    @Test
    void apostrophesDisappearWithoutAHyphen() {
        assertThat(Slugs.slugify("Russia’s war")).isEqualTo("russias-war");
        assertThat(Slugs.slugify("Don't panic")).isEqualTo("dont-panic");
    }

    @Test
    void ampersandBecomesAnd() {
        assertThat(Slugs.slugify("Town & Gown")).isEqualTo("town-and-gown");
    }

    @Test
    void digitsAreKept() {
        assertThat(Slugs.slugify("2025 Budget: 3 Cuts")).isEqualTo("2025-budget-3-cuts");
    }

    @Test
    void textWithoutLatinLettersGivesAnEmptySlug() {
        assertThat(Slugs.slugify("!!!")).isEmpty();
        assertThat(Slugs.slugify("日本")).isEmpty();
    }

    @Test
    void slugifiedTextIsAlwaysValidWhenNotEmpty() {
        for (String text : new String[] {"Café Society", "Straße", "Russia’s war", "  -a--b-  ", "../etc/passwd"}) {
            assertThat(Slugs.isValid(Slugs.slugify(text))).as(text).isTrue();
        }
    }

    @Test
    void validSlugsAreAccepted() {
        assertThat(Slugs.isValid("a")).isTrue();
        assertThat(Slugs.isValid("not-instant-peace")).isTrue();
        assertThat(Slugs.isValid("2025-budget")).isTrue();
    }

    @Test
    void pathTraversalIsRejected() {
        assertThat(Slugs.isValid("../x")).isFalse();
        assertThat(Slugs.isValid("..")).isFalse();
    }

    @Test
    void upperCaseIsRejected() {
        assertThat(Slugs.isValid("A")).isFalse();
        assertThat(Slugs.isValid("Cafe")).isFalse();
    }

    @Test
    void doubleHyphenIsRejected() {
        assertThat(Slugs.isValid("a--b")).isFalse();
    }

    @Test
    void leadingOrTrailingHyphenIsRejected() {
        assertThat(Slugs.isValid("-a")).isFalse();
        assertThat(Slugs.isValid("a-")).isFalse();
    }

    @Test
    void slashIsRejected() {
        assertThat(Slugs.isValid("a/b")).isFalse();
        assertThat(Slugs.isValid("a\\b")).isFalse();
    }

    @Test
    void emptySlugIsRejected() {
        assertThat(Slugs.isValid("")).isFalse();
    }

    @Test
    void controlCharactersAreRejected() {
        assertThat(Slugs.isValid("a\u0000b")).isFalse();
        assertThat(Slugs.isValid("a\n")).isFalse();
        assertThat(Slugs.isValid("café")).isFalse();
    }
}
