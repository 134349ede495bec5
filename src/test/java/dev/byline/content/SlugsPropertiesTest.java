package dev.byline.content;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Slugs are path segments of the output: whatever text they come from, they must be safe ones. */
class SlugsPropertiesTest {

    @Property
    void slugOfAnyTextIsEmptyOrASafePathSegment(@ForAll String text) {
        String slug = Slugs.slugify(text);

        assertThat(slug).satisfiesAnyOf(
                s -> assertThat(s).isEmpty(),
                s -> assertThat(s).matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(Slugs.isValid(slug) || slug.isEmpty()).isTrue();
    }

    @Property
    void slugifyingASlugChangesNothing(@ForAll String text) {
        String slug = Slugs.slugify(text);

        assertThat(Slugs.slugify(slug)).isEqualTo(slug);
    }
}
