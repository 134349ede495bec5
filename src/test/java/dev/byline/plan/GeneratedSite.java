package dev.byline.plan;

import dev.byline.content.Slugs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A realistic site of {@value #ARTICLES} op-eds, the same every time (a fixed seed): eight writers, six of them in
 * the author registry, a quarter of the pieces co-written, a dozen tags shared unevenly, descriptions on half,
 * updates and corrections on a few, tables of contents, a lead image, drafts and pieces scheduled after
 * {@code TestSites.NOW}, lists (the index, each author's, each tag's) several pages long, and two pages of
 * {@code content/pages/} in the navigation, one of them named by a policy.
 */
final class GeneratedSite {

    static final int ARTICLES = 200;
    static final List<String> WRITERS = List.of("Maria Lopez", "Tom Okafor", "Priya Raman", "Jonas Berg",
            "Aiko Tanaka", "Samuel Reyes", "Lena Fischer", "Omar Haddad");
    /** The writers with a file in content/authors/; the others are named in their articles only. */
    static final int REGISTERED = 6;
    static final List<String> TAGS = List.of("transport", "housing", "schools", "budget", "climate", "health",
            "elections", "policing", "libraries", "parks", "Arts & Culture", "night life");
    static final String IMAGE = "/images/skyline.svg";

    private static final List<String> SUBJECTS = List.of("The council", "Our town", "Every parent", "The mayor",
            "A night bus", "The library", "Each tenant", "The budget", "A good park", "The school board");
    private static final List<String> VERBS = List.of("deserves", "needs", "cannot afford", "should reject",
            "must fund", "ought to rethink", "quietly ignores", "keeps promising");
    private static final List<String> OBJECTS = List.of("better buses", "cheaper rent", "open data", "longer hours",
            "safer streets", "honest numbers", "a second look", "more trees", "fewer meetings", "clean air");
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 2);
    private static final int DAYS_SPANNED = 1080; // up to the last days of 2025, before TestSites.NOW

    private GeneratedSite() {
    }

    /** Writes the site's {@code content/} into {@code siteDir}. */
    static void writeTo(Path siteDir) {
        Random random = new Random(14);
        Path content = siteDir.resolve("content");
        EditedSite.write(content.resolve("site.yaml"), """
                title: The Generated Gazette
                description: "Two hundred opinions, made up for a test."
                baseUrl: https://example.org/
                timezone: America/New_York
                paginate: 8
                feedSize: 10
                policies:
                  masthead: about
                """);
        EditedSite.write(content.resolve("static/images/skyline.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"><rect width=\"40\" "
                        + "height=\"20\" fill=\"#456\"/></svg>\n");
        for (String writer : WRITERS.subList(0, REGISTERED)) {
            EditedSite.write(content.resolve("authors/" + Slugs.slugify(writer) + ".yaml"),
                    "name: " + writer + "\nbio: \"" + writer + " " + sentence(random).toLowerCase() + "\"\n");
        }
        for (int number = 1; number <= ARTICLES; number++) {
            String title = sentence(random);
            String file = "a" + String.format("%03d", number) + "-" + Slugs.slugify(title) + ".md";
            Path folder = content.resolve(number % 3 == 0 ? "articles/2024" : "articles");
            EditedSite.write(folder.resolve(file), article(number, title, random));
        }
        // after the articles, so that the articles are what they were before the site had pages
        EditedSite.write(content.resolve("pages/about.md"), "---\ntitle: About the Gazette\nnav: true\norder: 1\n"
                + "---\n" + sentence(random) + ".\n");
        EditedSite.write(content.resolve("pages/help/contact.md"), "---\ntitle: Contact\nnav: true\n---\n"
                + sentence(random) + ".\n\n![The skyline](" + IMAGE + ")\n");
    }

    /** A headline-like sentence: "The council must fund better buses". */
    static String sentence(Random random) {
        return pick(SUBJECTS, random) + " " + pick(VERBS, random) + " " + pick(OBJECTS, random);
    }

    private static String article(int number, String title, Random random) {
        StringBuilder text = new StringBuilder("---\ntitle: \"").append(title).append("\"\n");
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS_SPANNED));
        boolean scheduled = number % 50 == 7;
        if (scheduled) {
            day = LocalDate.of(2026, 2, 1).plusDays(random.nextInt(400));
        }
        text.append("date: ").append(day).append(random.nextInt(4) == 0 ? "T09:30" : "").append('\n');
        text.append(byline(random)).append('\n');
        if (random.nextBoolean()) {
            text.append("description: \"").append(sentence(random)).append(", and here is why.\"\n");
        }
        text.append("tags: ").append(flowList(tags(random))).append('\n');
        if (number % 12 == 5) {
            text.append("updated: ").append(day.plusDays(2)).append('\n');
        }
        if (number % 40 == 3) {
            text.append("draft: true\n");
        }
        boolean toc = number % 11 == 4;
        if (toc) {
            text.append("toc: true\n");
        }
        if (number % 25 == 9) {
            text.append("image: {src: ").append(IMAGE).append(", alt: \"The town's skyline at dusk\"}\n");
        }
        if (number % 20 == 13) {
            text.append("corrections:\n  - date: ").append(day.plusDays(3))
                    .append("\n    text: \"An earlier version of this piece misstated the budget.\"\n");
        }
        text.append("---\n");
        int paragraphs = 3 + random.nextInt(4);
        for (int paragraph = 0; paragraph < paragraphs; paragraph++) {
            if (toc && paragraph % 2 == 1) {
                text.append("## ").append(pick(OBJECTS, random)).append("\n\n");
            }
            text.append(paragraph(random)).append("\n\n");
        }
        return text.toString();
    }

    /** One writer (by registry slug or by name), or two or three for a co-written piece. */
    private static String byline(Random random) {
        int count = random.nextInt(4) == 0 ? 2 + random.nextInt(2) : 1;
        Set<String> writers = new LinkedHashSet<>();
        while (writers.size() < count) {
            // the first writers write the most, so their pages have several pages of articles
            int writer = Math.min(random.nextInt(WRITERS.size()), random.nextInt(WRITERS.size()));
            boolean bySlug = writer < REGISTERED && random.nextBoolean();
            writers.add(bySlug ? Slugs.slugify(WRITERS.get(writer)) : WRITERS.get(writer));
        }
        return count == 1 ? "author: " + writers.iterator().next() : "authors: " + flowList(List.copyOf(writers));
    }

    private static List<String> tags(Random random) {
        Set<String> tags = new LinkedHashSet<>();
        int count = random.nextInt(4);
        while (tags.size() < count) {
            tags.add(TAGS.get(Math.min(random.nextInt(TAGS.size()), random.nextInt(TAGS.size()))));
        }
        return new ArrayList<>(tags);
    }

    static String flowList(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    private static String paragraph(Random random) {
        List<String> sentences = new ArrayList<>();
        int count = 2 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            sentences.add(sentence(random) + ".");
        }
        return String.join(" ", sentences);
    }

    private static String pick(List<String> words, Random random) {
        return words.get(random.nextInt(words.size()));
    }
}
