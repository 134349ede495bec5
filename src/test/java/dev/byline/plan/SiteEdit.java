package dev.byline.plan;

import dev.byline.content.Slugs;
import dev.byline.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * One change a writer or an editor makes to a site's files between two builds. The numbers in an edit choose what it
 * changes ({@link EditedSite}: which article or author file, which words); each edit says what it did and which files
 * it wrote or deleted.
 */
sealed interface SiteEdit {

    /** The name of the organization {@link MembersChanged} adds to a site that has none, as the golden site has. */
    String ORGANIZATION = "The Gazette Board";
    /**
     * Writers an edit may put in a byline: the generated site's and the golden site's, and the golden site's
     * organization (a writer named so in sites without its file).
     */
    List<String> WRITERS = Stream.concat(GeneratedSite.WRITERS.stream(), Stream.of("Ada Byron", "Grace Hopper",
            ORGANIZATION)).toList();
    /** New names for tags, none of them used before. */
    List<String> NEW_TAGS = List.of("transit", "Rent & Tenancy", "city hall");
    /** Other names an author file may be given. */
    List<String> OTHER_NAMES = List.of("M. A. Lopez", "Dr. Tom Okafor", "Ada King", "Priya Raman-Berg");
    /** Column names an edit may file a piece under: two of them are one column spelt two ways. */
    List<String> COLUMNS = List.of("Night Bus", "night bus", "Transit Lines", "City Desk");
    /** Types of work an edit may give a piece (a column gets a column name too). */
    List<String> TYPES = List.of("op-ed", "editorial", "column", "guest-essay", "letter", "analysis", "review",
            "endorsement");
    LocalDate FIRST_DAY = LocalDate.of(2023, 6, 1);
    /** Days after {@link #FIRST_DAY} an edit may date an article: the last few months are after TestSites.NOW. */
    int DAYS = 1000;

    /** What an edit did, for the failure report, and the files it wrote or deleted. */
    record Applied(String description, List<Path> changed) {
    }

    Applied apply(EditedSite site);

    record SentenceAdded(int article, int sentence) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            return onArticle(site, article, "a sentence added", text -> {
                List<String> paragraphs = new ArrayList<>(text.paragraphs());
                String added = madeUpSentence(sentence) + ".";
                if (paragraphs.isEmpty()) {
                    paragraphs.add(added);
                } else {
                    paragraphs.set(paragraphs.size() - 1, paragraphs.get(paragraphs.size() - 1) + " " + added);
                }
                return text.paragraphs(paragraphs);
            });
        }
    }

    record ParagraphRemoved(int article) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            return onArticle(site, article, "a paragraph removed", text -> {
                List<String> paragraphs = new ArrayList<>(text.paragraphs());
                if (!paragraphs.isEmpty()) {
                    paragraphs.remove(paragraphs.size() / 2);
                }
                return text.paragraphs(paragraphs);
            });
        }
    }

    /** The first paragraph is the summary lists show when there is no description. */
    record FirstParagraphChanged(int article, int sentence) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            return onArticle(site, article, "the first paragraph rewritten", text -> {
                List<String> paragraphs = new ArrayList<>(text.paragraphs());
                String opening = madeUpSentence(sentence) + ", for a start.";
                if (paragraphs.isEmpty()) {
                    paragraphs.add(opening);
                } else {
                    paragraphs.set(0, opening);
                }
                return text.paragraphs(paragraphs);
            });
        }
    }

    record HeadlineChanged(int article, int sentence) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            String headline = madeUpSentence(sentence);
            return onArticle(site, article, "headline \"" + headline + "\"", text -> {
                text.frontMatter().set("title", "\"" + headline + "\"");
                return text;
            });
        }
    }

    /** Moves the article in the order of the lists; a date after TestSites.NOW schedules it. */
    record DateMoved(int article, int day) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            LocalDate date = FIRST_DAY.plusDays(Math.floorMod(day, DAYS));
            return onArticle(site, article, "dated " + date, text -> {
                text.frontMatter().set("date", date.toString());
                if (text.frontMatter().value("expires").isPresent()) { // it must stay after the date
                    text.frontMatter().set("expires", date.plusDays(200).toString());
                }
                return text;
            });
        }
    }

    record TagAdded(int article, int tag) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            String added = GeneratedSite.TAGS.get(Math.floorMod(tag, GeneratedSite.TAGS.size()));
            return onArticle(site, article, "tag " + added + " added", text -> {
                List<String> tags = new ArrayList<>(text.frontMatter().list("tags"));
                if (!tags.contains(added)) {
                    tags.add(added);
                }
                text.frontMatter().list("tags", tags);
                return text;
            });
        }
    }

    record TagRemoved(int article) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            return onArticle(site, article, "its first tag removed", text -> {
                List<String> tags = text.frontMatter().list("tags");
                text.frontMatter().list("tags", tags.isEmpty() ? tags : tags.subList(1, tags.size()));
                return text;
            });
        }
    }

    /** The chosen article's first tag gets a new name in every article that has it, as an editor renames a tag. */
    record TagRenamed(int article, int name) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            Path chosen = site.article(article);
            List<String> tags = chosen == null ? List.of() : new ArticleText(EditedSite.read(chosen))
                    .frontMatter().list("tags");
            if (tags.isEmpty()) {
                return new Applied("no tag to rename on " + (chosen == null ? "an empty site" : site.name(chosen)),
                        List.of());
            }
            String old = tags.get(0);
            String renamed = NEW_TAGS.get(Math.floorMod(name, NEW_TAGS.size()));
            List<Path> changed = new ArrayList<>();
            for (Path file : site.articles()) {
                ArticleText text = new ArticleText(EditedSite.read(file));
                List<String> before = text.frontMatter().list("tags");
                if (before.contains(old)) {
                    text.frontMatter().list("tags", before.stream().map(tag -> tag.equals(old) ? renamed : tag)
                            .distinct().toList());
                    EditedSite.write(file, text.text());
                    changed.add(file);
                }
            }
            return new Applied("tag " + old + " renamed " + renamed + " in " + changed.size() + " articles",
                    changed);
        }
    }

    /** A new byline: one writer, or two for a co-written piece (a negative {@code coWriter}: none). */
    record WritersChanged(int article, int writer, int coWriter) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            List<String> writers = new ArrayList<>(List.of(reference(site, writer)));
            String second = reference(site, coWriter);
            if (coWriter >= 0 && !writers.contains(second)) {
                writers.add(second);
            }
            return onArticle(site, article, "byline " + writers, text -> text.writers(writers));
        }

        /** A writer as a byline names them: by registry slug when they have an author file (and half the time). */
        private static String reference(EditedSite site, int number) {
            String name = WRITERS.get(Math.floorMod(number, WRITERS.size()));
            String slug = Slugs.slugify(name);
            boolean registered = Files.exists(site.authorsDir().resolve(slug + ".yaml"));
            return registered && number % 2 == 0 ? slug : name;
        }
    }

    record ArticleAdded(int number, int writer, int tag, int day) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            Path file = site.articlesDir().resolve("new-" + Math.floorMod(number, 1000) + ".md");
            for (int copy = 2; Files.exists(file); copy++) {
                file = site.articlesDir().resolve("new-" + Math.floorMod(number, 1000) + "-" + copy + ".md");
            }
            LocalDate date = FIRST_DAY.plusDays(Math.floorMod(day, DAYS));
            String headline = madeUpSentence(number);
            EditedSite.write(file, "---\ntitle: \"" + headline + "\"\ndate: " + date + "\nauthor: "
                    + WRITERS.get(Math.floorMod(writer, WRITERS.size())) + "\ntags: ["
                    + GeneratedSite.TAGS.get(Math.floorMod(tag, GeneratedSite.TAGS.size())) + "]\n---\n"
                    + madeUpSentence(number + 1) + ".\n\n" + madeUpSentence(number + 2) + ".\n");
            return new Applied(site.name(file) + ": new article \"" + headline + "\" dated " + date, List.of(file));
        }
    }

    /** An article deleted; pieces answering it answer nothing any more, as they must. */
    record ArticleDeleted(int article) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            Path file = site.article(article);
            if (file == null) {
                return new Applied("no article left to delete", List.of());
            }
            String slug = slugOf(file);
            EditedSite.delete(file);
            List<Path> changed = new ArrayList<>(List.of(file));
            for (Path other : site.articles()) {
                ArticleText text = new ArticleText(EditedSite.read(other));
                if (text.frontMatter().value("inResponseTo").filter(slug::equals).isPresent()) {
                    text.frontMatter().remove("inResponseTo");
                    EditedSite.write(other, text.text());
                    changed.add(other);
                }
            }
            return new Applied(site.name(file) + ": deleted" + (changed.size() > 1 ? ", " + (changed.size() - 1)
                    + " pieces no longer answer it" : ""), changed);
        }
    }

    /** Another type of work: a column gets a column name, any other type loses its column. */
    record TypeChanged(int article, int type) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            String chosen = TYPES.get(Math.floorMod(type, TYPES.size()));
            return onArticle(site, article, "type " + chosen, text -> {
                text.frontMatter().set("type", chosen);
                if (chosen.equals("column")) {
                    text.frontMatter().set("column", "\"" + COLUMNS.get(Math.floorMod(type, COLUMNS.size())) + "\"");
                } else {
                    text.frontMatter().remove("column");
                }
                return text;
            });
        }
    }

    /** Filed under a column (which makes it a column piece), perhaps one already spelt another way. */
    record ColumnChanged(int article, int column) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            String name = COLUMNS.get(Math.floorMod(column, COLUMNS.size()));
            return onArticle(site, article, "column \"" + name + "\"", text -> {
                text.frontMatter().remove("type");
                text.frontMatter().set("column", "\"" + name + "\"");
                return text;
            });
        }
    }

    /** A new letter answering one of the site's articles. */
    record LetterAdded(int number, int answered, int writer, int day) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            Path target = site.article(answered);
            if (target == null) {
                return new Applied("no article left to answer", List.of());
            }
            Path file = site.articlesDir().resolve("letter-" + Math.floorMod(number, 1000) + ".md");
            for (int copy = 2; Files.exists(file); copy++) {
                file = site.articlesDir().resolve("letter-" + Math.floorMod(number, 1000) + "-" + copy + ".md");
            }
            LocalDate date = FIRST_DAY.plusDays(Math.floorMod(day, DAYS));
            String headline = madeUpSentence(number);
            EditedSite.write(file, "---\ntitle: \"" + headline + "\"\ndate: " + date + "\nauthor: "
                    + WRITERS.get(Math.floorMod(writer, WRITERS.size())) + "\ntype: letter\ninResponseTo: "
                    + slugOf(target) + "\n---\n" + madeUpSentence(number + 1) + ".\n");
            return new Applied(site.name(file) + ": a letter dated " + date + " answering " + site.name(target),
                    List.of(file));
        }
    }

    /** A letter (any piece answering another) deleted. */
    record LetterRemoved(int letter) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            List<Path> letters = site.articles().stream()
                    .filter(file -> new ArticleText(EditedSite.read(file)).frontMatter().value("inResponseTo")
                            .isPresent())
                    .toList();
            if (letters.isEmpty()) {
                return new Applied("no letter to remove", List.of());
            }
            Path file = letters.get(Math.floorMod(letter, letters.size()));
            EditedSite.delete(file);
            return new Applied(site.name(file) + ": letter deleted", List.of(file));
        }
    }

    record DraftFlipped(int article) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            Path file = site.article(article);
            boolean draft = file != null && new ArticleText(EditedSite.read(file)).frontMatter().value("draft")
                    .filter("true"::equals).isPresent();
            return onArticle(site, article, draft ? "published (no longer a draft)" : "made a draft", text -> {
                if (draft) {
                    text.frontMatter().remove("draft");
                } else {
                    text.frontMatter().set("draft", "true");
                }
                return text;
            });
        }
    }

    record DescriptionAdded(int article, int sentence) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            String description = madeUpSentence(sentence) + ", in short.";
            return onArticle(site, article, "description \"" + description + "\"", text -> {
                text.frontMatter().set("description", "\"" + description + "\"");
                return text;
            });
        }
    }

    record AuthorBioChanged(int author, int sentence) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            String bio = "Writes that " + madeUpSentence(sentence).toLowerCase() + ".";
            return onAuthorFile(site, author, "bio \"" + bio + "\"", yaml -> yaml.set(aboutKey(yaml), "\"" + bio
                    + "\""));
        }
    }

    record AuthorNameChanged(int author, int name) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            String renamed = OTHER_NAMES.get(Math.floorMod(name, OTHER_NAMES.size()));
            return onAuthorFile(site, author, "name " + renamed, yaml -> yaml.set("name", renamed));
        }
    }

    /** A file in content/authors/ for a writer; for one who has a file already, a new bio in it. */
    record AuthorFileAdded(int writer) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            String name = WRITERS.get(Math.floorMod(writer, WRITERS.size()));
            Path file = site.authorsDir().resolve(Slugs.slugify(name) + ".yaml");
            boolean existed = Files.exists(file);
            YamlLines yaml = new YamlLines(existed ? EditedSite.read(file) : "name: " + name + "\n");
            EditedSite.write(file, yaml.set(aboutKey(yaml), "\"" + name + " joined the paper " + (existed ? "long ago"
                    : "this year") + ".\"").text());
            return new Applied(site.name(file) + (existed ? ": a new bio" : ": added"), List.of(file));
        }
    }

    /** An author file deleted; articles that named its slug name the writer instead, as they must. */
    record AuthorFileRemoved(int author) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            List<Path> files = site.authorFiles();
            if (files.isEmpty()) {
                return new Applied("no author file left to remove", List.of());
            }
            Path file = files.get(Math.floorMod(author, files.size()));
            String slug = file.getFileName().toString().replaceFirst("\\.yaml$", "");
            String name = new YamlLines(EditedSite.read(file)).value("name").orElse(slug);
            EditedSite.delete(file);
            List<Path> changed = new ArrayList<>(List.of(file));
            for (Path organization : organizations(site)) {
                YamlLines yaml = new YamlLines(EditedSite.read(organization));
                List<String> members = yaml.list("members");
                if (members.contains(slug)) {
                    yaml.list("members", members.stream().filter(member -> !member.equals(slug)).toList());
                    EditedSite.write(organization, yaml.text());
                    changed.add(organization);
                }
            }
            for (Path article : site.articles()) {
                ArticleText text = new ArticleText(EditedSite.read(article));
                List<String> writers = text.writers();
                if (writers.contains(slug)) {
                    text.writers(writers.stream().map(writer -> writer.equals(slug) ? name : writer).toList());
                    EditedSite.write(article, text.text());
                    changed.add(article);
                }
            }
            return new Applied(site.name(file) + ": removed, " + (changed.size() - 1) + " articles and "
                    + "organizations name " + name + " instead or no longer", changed);
        }
    }

    /** A person's tagline, new or rewritten. */
    record TaglineChanged(int author, int sentence) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            List<Path> people = site.authorFiles().stream().filter(file -> !isOrganization(file)).toList();
            if (people.isEmpty()) {
                return new Applied("no person's author file for a tagline", List.of());
            }
            Path file = people.get(Math.floorMod(author, people.size()));
            String tagline = "is " + madeUpSentence(sentence).toLowerCase();
            EditedSite.write(file, new YamlLines(EditedSite.read(file)).set("tagline", "\"" + tagline + "\"").text());
            return new Applied(site.name(file) + ": tagline \"" + tagline + "\"", List.of(file));
        }
    }

    /**
     * A person joins an organization, or leaves it when a member; in a site without an organization, the first one
     * is made, with that person as its member.
     */
    record MembersChanged(int organization, int person) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            String made = Slugs.slugify(ORGANIZATION);
            List<Path> people = site.authorFiles().stream()
                    .filter(file -> !isOrganization(file) && !authorSlugOf(file).equals(made)).toList();
            if (people.isEmpty()) {
                return new Applied("no person's author file to join an organization", List.of());
            }
            String slug = authorSlugOf(people.get(Math.floorMod(person, people.size())));
            List<Path> organizations = organizations(site);
            if (organizations.isEmpty()) {
                Path file = site.authorsDir().resolve(made + ".yaml"); // in place of a person's file of that name
                EditedSite.write(file, "name: " + ORGANIZATION + "\nkind: organization\nmembers: [" + slug + "]\n");
                return new Applied(site.name(file) + ": added, with member " + slug, List.of(file));
            }
            Path file = organizations.get(Math.floorMod(organization, organizations.size()));
            YamlLines yaml = new YamlLines(EditedSite.read(file));
            List<String> members = new ArrayList<>(yaml.list("members"));
            boolean leaves = members.remove(slug);
            if (!leaves) {
                members.add(slug);
            }
            EditedSite.write(file, yaml.list("members", members).text());
            return new Applied(site.name(file) + ": " + slug + (leaves ? " leaves" : " joins"), List.of(file));
        }
    }

    /** A sentence added to a page's text: that page alone changes. */
    record PageTextChanged(int page, int sentence) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            return onPage(site, page, "a sentence added", text -> {
                List<String> paragraphs = new ArrayList<>(text.paragraphs());
                paragraphs.add(madeUpSentence(sentence) + ".");
                return text.paragraphs(paragraphs);
            });
        }
    }

    /** A page's title: the navigation's link text too, when the page is in it. */
    record PageTitleChanged(int page, int sentence) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            String title = madeUpSentence(sentence);
            return onPage(site, page, "title \"" + title + "\"", text -> {
                text.frontMatter().set("title", "\"" + title + "\"");
                return text;
            });
        }
    }

    /** A page put in the navigation, or taken out of it. */
    record PageNavFlipped(int page) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            Path file = site.page(page);
            boolean nav = file != null && new ArticleText(EditedSite.read(file)).frontMatter().value("nav")
                    .filter("true"::equals).isPresent();
            return onPage(site, page, nav ? "taken out of the navigation" : "put in the navigation", text -> {
                text.frontMatter().set("nav", String.valueOf(!nav));
                return text;
            });
        }
    }

    /** A page moved among the pages (and the navigation's links). */
    record PageOrderChanged(int page, int order) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            int place = Math.floorMod(order, 5);
            return onPage(site, page, "order " + place, text -> {
                text.frontMatter().set("order", String.valueOf(place));
                return text;
            });
        }
    }

    record PageAdded(int number, int nav) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            Path file = site.pagesDir().resolve("new-page-" + Math.floorMod(number, 1000) + ".md");
            String title = madeUpSentence(number);
            boolean inNav = nav % 2 == 0;
            EditedSite.write(file, "---\ntitle: \"" + title + "\"\nnav: " + inNav + "\n---\n"
                    + madeUpSentence(number + 1) + ".\n");
            return new Applied(site.name(file) + ": new page \"" + title + "\"" + (inNav ? " in the navigation" : ""),
                    List.of(file));
        }
    }

    /** A page deleted; a policy site.yaml names it by is taken out too, as it must be. */
    record PageDeleted(int page) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            Path file = site.page(page);
            if (file == null) {
                return new Applied("no page left to delete", List.of());
            }
            String slug = new ArticleText(EditedSite.read(file)).frontMatter().value("slug")
                    .orElse(file.getFileName().toString().replaceFirst("\\.md$", ""));
            EditedSite.delete(file);
            Path settings = site.content().resolve("site.yaml");
            String before = EditedSite.read(settings);
            String after = before.replaceAll("(?m)^  [A-Za-z]+: " + slug + "\n", "");
            if (after.equals(before)) {
                return new Applied(site.name(file) + ": deleted", List.of(file));
            }
            EditedSite.write(settings, after);
            return new Applied(site.name(file) + ": deleted, with the policy naming it", List.of(file, settings));
        }
    }

    /** Puts one of a few edited copies of a built-in template in the site's theme folder, or takes it out again. */
    record TemplateToggled(int variant) implements SiteEdit {
        @Override
        public Applied apply(EditedSite site) {
            TemplateVariant chosen = TemplateVariant.values()[Math.floorMod(variant, TemplateVariant.values().length)];
            Path file = site.templates().resolve(chosen.template());
            boolean present = Files.exists(file);
            if (present) {
                EditedSite.delete(file);
            } else {
                String builtIn = EditedSite.read(TestSites.theme().resolve(chosen.template()));
                EditedSite.write(file, chosen.edit(builtIn));
            }
            return new Applied(site.name(file) + (present ? ": removed (built-in again)" : ": " + chosen.what()),
                    List.of(file));
        }
    }

    /** Edited copies of built-in templates; few, since each theme costs a javac run the first time. */
    enum TemplateVariant {
        /** A line at the end of every article page. */
        ARTICLE_FOOTNOTE("article.jte", "a line at the end of every article", "</article>",
                "<p class=\"edition\">Printed on recycled pixels.</p>\n</article>"),
        /** Every byline (article pages and lists) shows the article's length: lists now show a body's word count. */
        BYLINE_LENGTH("partials/byline.jte", "bylines show the word count", "@endfor</span></p>",
                "@endfor · ${article.words()} words</span></p>");

        private final String template;
        private final String what;
        private final String anchor;
        private final String replacement;

        TemplateVariant(String template, String what, String anchor, String replacement) {
            this.template = template;
            this.what = what;
            this.anchor = anchor;
            this.replacement = replacement;
        }

        String template() {
            return template;
        }

        String what() {
            return what;
        }

        String edit(String builtIn) {
            if (!builtIn.contains(anchor)) {
                throw new IllegalStateException("the built-in " + template + " no longer has " + anchor
                        + "; choose another place for the test's edit");
            }
            return builtIn.replaceFirst(java.util.regex.Pattern.quote(anchor),
                    java.util.regex.Matcher.quoteReplacement(replacement));
        }
    }

    /** The slug an article file gets: its front matter's, else its file name's without a leading date. */
    static String slugOf(Path file) {
        return new ArticleText(EditedSite.read(file)).frontMatter().value("slug").orElseGet(() -> Slugs.slugify(
                file.getFileName().toString().replaceFirst("\\.md$", "").replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", "")));
    }

    /** An organization's account of itself is its description; a person's, their bio. */
    private static String aboutKey(YamlLines yaml) {
        return yaml.value("kind").filter("organization"::equals).isPresent() ? "description" : "bio";
    }

    private static boolean isOrganization(Path authorFile) {
        return aboutKey(new YamlLines(EditedSite.read(authorFile))).equals("description");
    }

    private static List<Path> organizations(EditedSite site) {
        return site.authorFiles().stream().filter(SiteEdit::isOrganization).toList();
    }

    private static String authorSlugOf(Path authorFile) {
        return authorFile.getFileName().toString().replaceFirst("\\.yaml$", "");
    }

    /** The same sentence for the same number, so a failing sequence replays exactly. */
    static String madeUpSentence(int number) {
        return GeneratedSite.sentence(new Random(number));
    }

    private static Applied onArticle(EditedSite site, int number, String what, UnaryOperator<ArticleText> change) {
        Path file = site.article(number);
        if (file == null) {
            return new Applied("no article left for: " + what, List.of());
        }
        EditedSite.write(file, change.apply(new ArticleText(EditedSite.read(file))).text());
        return new Applied(site.name(file) + ": " + what, List.of(file));
    }

    private static Applied onPage(EditedSite site, int number, String what, UnaryOperator<ArticleText> change) {
        Path file = site.page(number);
        if (file == null) {
            return new Applied("no page left for: " + what, List.of());
        }
        EditedSite.write(file, change.apply(new ArticleText(EditedSite.read(file))).text());
        return new Applied(site.name(file) + ": " + what, List.of(file));
    }

    private static Applied onAuthorFile(EditedSite site, int number, String what, UnaryOperator<YamlLines> change) {
        List<Path> files = site.authorFiles();
        if (files.isEmpty()) {
            return new Applied("no author file left for: " + what, List.of());
        }
        Path file = files.get(Math.floorMod(number, files.size()));
        EditedSite.write(file, change.apply(new YamlLines(EditedSite.read(file))).text());
        return new Applied(site.name(file) + ": " + what, List.of(file));
    }
}
