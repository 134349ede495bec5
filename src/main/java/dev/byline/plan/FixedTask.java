package dev.byline.plan;

import java.nio.charset.StandardCharsets;

/**
 * A file whose bytes the plan knows already: a built-in theme asset the site does not replace, or robots.txt.
 *
 * @param origin what made it, for messages ({@code built-in theme})
 */
public record FixedTask(String file, String origin, byte[] bytes) implements Task {

    public static FixedTask text(String file, String origin, String text) {
        return new FixedTask(file, origin, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public long recipeHash() {
        return new Hash64().add(origin).add(new String(bytes, StandardCharsets.ISO_8859_1)).value();
    }
}
