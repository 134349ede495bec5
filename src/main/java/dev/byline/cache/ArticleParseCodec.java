package dev.byline.cache;

import dev.byline.content.ArticleDocument;
import dev.byline.content.ArticleParse;
import dev.byline.content.AuthorProfile;
import dev.byline.content.AuthorRef;
import dev.byline.content.BodyLink;
import dev.byline.content.FailedArticle;
import dev.byline.content.ImageRef;
import dev.byline.content.ImageSizes;
import dev.byline.content.MarkdownRenderer;
import dev.byline.content.OutsideReads;
import dev.byline.content.ParsedArticle;
import dev.byline.content.RawHtml;
import dev.byline.diag.Diagnostic;
import dev.byline.diag.Position;
import dev.byline.diag.Severity;
import dev.byline.model.ArticleDate;
import dev.byline.model.AuthorLink;
import dev.byline.model.Html;
import dev.byline.model.Correction;
import dev.byline.model.TocEntry;
import dev.byline.model.WorkType;
import dev.byline.source.SourceFile;
import dev.byline.yaml.Located;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An {@link ArticleParse} as bytes, and back: every record in it, field by field, so that what is read back equals
 * what was written. The article's {@link SourceFile} is not written: reading binds the parse to the file it is read
 * for, whose path and display name the caller has checked to be the ones written for (its version may be newer). A
 * position or message in the article's own file, as nearly all are, is written as "the file" rather than its name.
 */
final class ArticleParseCodec {

    private static final int DOCUMENT = 0;
    private static final int FAILED = 1;
    private static final int SLUG_AUTHOR = 0;
    private static final int NAMED_AUTHOR = 1;
    private static final int NO_POSITION = 0;
    private static final int IN_THE_FILE = 1;
    private static final int IN_ANOTHER_FILE = 2;
    private static final Severity[] SEVERITIES = Severity.values();
    private static final WorkType[] TYPES = WorkType.values();

    private ArticleParseCodec() {
    }

    static void write(BinaryOut out, ArticleParse parse) {
        new Writing(out, parse.article().source().display()).parse(parse);
    }

    /** The parse written, for {@code source}; throws {@link DamagedData} when the bytes do not read as one. */
    static ArticleParse read(BinaryIn in, SourceFile source) {
        ArticleParse parse = new Reading(in, source).parse();
        if (!in.atEnd()) {
            throw new DamagedData("bytes after a parsed article");
        }
        return parse;
    }

    private static final class Writing {
        private final BinaryOut out;
        private final String display;

        Writing(BinaryOut out, String display) {
            this.out = out;
            this.display = display;
        }

        void parse(ArticleParse parse) {
            if (parse.article() instanceof ArticleDocument document) {
                out.writeByte(DOCUMENT);
                document(document);
            } else {
                out.writeByte(FAILED);
                failed((FailedArticle) parse.article());
            }
            list(parse.diagnostics(), this::diagnostic);
            reads(parse.reads());
        }

        private void document(ArticleDocument document) {
            located(document.slug());
            out.writeString(document.slugWithDate());
            out.writeString(document.title());
            out.writeString(document.description());
            date(document.date());
            optional(document.updated(), this::date);
            list(document.authors(), this::author);
            list(document.tags(), this::located);
            optional(document.image(), this::image);
            out.writeBoolean(document.draft());
            optional(document.expires(), this::date);
            list(document.corrections(), this::correction);
            out.writeBoolean(document.toc());
            out.writeByte(document.type().ordinal());
            optional(document.column(), this::located);
            optional(document.inResponseTo(), this::located);
            out.writeString(document.canonical());
            list(document.aliases(), this::located);
            out.writeInt(document.bodyStartLine());
            body(document.body());
            list(document.unknownKeys(), this::located);
        }

        private void failed(FailedArticle failed) {
            optional(failed.slug(), this::located);
            out.writeString(failed.slugWithDate());
            list(failed.authors(), this::author);
            list(failed.tags(), this::located);
            optional(failed.image(), this::image);
            optional(failed.column(), this::located);
            optional(failed.inResponseTo(), this::located);
            list(failed.unknownKeys(), this::located);
        }

        private void body(MarkdownRenderer.Rendered body) {
            out.writeBytes(body.html().utf8());
            out.writeInt(body.words());
            out.writeString(body.firstParagraph());
            list(body.headings(), heading -> {
                out.writeInt(heading.level());
                out.writeString(heading.id());
                out.writeString(heading.text());
            });
            list(body.links(), link -> {
                out.writeString(link.href());
                out.writeInt(link.line());
                out.writeInt(link.column());
                out.writeBoolean(link.image());
                out.writeString(link.alt());
            });
            optional(body.rawHtml(), raw -> {
                out.writeString(raw.tag());
                out.writeInt(raw.line());
                out.writeInt(raw.column());
            });
        }

        private void author(AuthorRef author) {
            if (author instanceof AuthorRef.Slug slug) {
                out.writeByte(SLUG_AUTHOR);
                out.writeString(slug.slug());
            } else {
                AuthorProfile profile = ((AuthorRef.Named) author).profile();
                out.writeByte(NAMED_AUTHOR);
                out.writeString(profile.name());
                out.writeString(profile.bio());
                out.writeString(profile.avatar());
                position(profile.avatarPosition());
                list(profile.links(), link -> {
                    out.writeString(link.label());
                    out.writeString(link.url());
                });
                out.writeString(profile.tagline());
            }
            position(author.position());
        }

        private void image(ImageRef image) {
            out.writeString(image.src());
            out.writeString(image.alt());
            out.writeString(image.caption());
            out.writeString(image.credit());
            position(image.position());
        }

        private void correction(Correction correction) {
            date(correction.date());
            out.writeString(correction.text());
        }

        /** The local date-time, offset and zone apart: together they are the one {@link ZonedDateTime} it was. */
        private void date(ArticleDate date) {
            ZonedDateTime value = date.value();
            out.writeLong(value.toLocalDateTime().toEpochSecond(ZoneOffset.UTC));
            out.writeInt(value.getNano());
            out.writeInt(value.getOffset().getTotalSeconds());
            out.writeString(value.getZone().getId());
            out.writeBoolean(date.hasTime());
        }

        private void located(Located<String> located) {
            out.writeString(located.value());
            position(located.position());
        }

        private void position(Position position) {
            if (position == null) {
                out.writeByte(NO_POSITION);
                return;
            }
            file(position.file());
            out.writeInt(position.line());
            out.writeInt(position.column());
        }

        private void diagnostic(Diagnostic diagnostic) {
            out.writeByte(diagnostic.severity().ordinal());
            file(diagnostic.file());
            out.writeInt(diagnostic.line());
            out.writeInt(diagnostic.column());
            out.writeString(diagnostic.message());
        }

        private void file(String file) {
            if (display.equals(file)) {
                out.writeByte(IN_THE_FILE);
            } else {
                out.writeByte(IN_ANOTHER_FILE);
                out.writeString(file);
            }
        }

        /** Sorted by address, so that the same reads give the same bytes. */
        private void reads(OutsideReads reads) {
            Map<String, Optional<ImageSizes.Size>> sorted = new TreeMap<>(reads.imageSizes());
            out.writeInt(sorted.size());
            sorted.forEach((href, size) -> {
                out.writeString(href);
                optional(size.orElse(null), found -> {
                    out.writeInt(found.width());
                    out.writeInt(found.height());
                });
            });
        }

        private <T> void list(List<T> values, Consumer<T> element) {
            out.writeInt(values.size());
            values.forEach(element);
        }

        private <T> void optional(T valueOrNull, Consumer<T> value) {
            out.writeBoolean(valueOrNull != null);
            if (valueOrNull != null) {
                value.accept(valueOrNull);
            }
        }
    }

    private static final class Reading {
        private final BinaryIn in;
        private final SourceFile source;
        private final Map<String, ZoneId> zones = new HashMap<>();

        Reading(BinaryIn in, SourceFile source) {
            this.in = in;
            this.source = source;
        }

        ArticleParse parse() {
            int kind = in.readByte();
            ParsedArticle article = switch (kind) {
                case DOCUMENT -> document();
                case FAILED -> failed();
                default -> throw new DamagedData("an article of unknown kind " + kind);
            };
            return new ArticleParse(article, list(this::diagnostic), reads());
        }

        private ArticleDocument document() {
            return new ArticleDocument(source, located(), in.readString(), in.readString(), in.readString(), date(),
                    optional(this::date), list(this::author), list(this::located), optional(this::image),
                    in.readBoolean(), optional(this::date), list(this::correction), in.readBoolean(), type(),
                    optional(this::located), optional(this::located), in.readString(), list(this::located), in.readInt(),
                    body(),
                    list(this::located));
        }

        private WorkType type() {
            int ordinal = in.readByte();
            if (ordinal >= TYPES.length) {
                throw new DamagedData("a type of work of unknown kind " + ordinal);
            }
            return TYPES[ordinal];
        }

        private FailedArticle failed() {
            return new FailedArticle(source, optional(this::located), in.readString(), list(this::author),
                    list(this::located), optional(this::image), optional(this::located), optional(this::located),
                    list(this::located));
        }

        private MarkdownRenderer.Rendered body() {
            return new MarkdownRenderer.Rendered(Html.ofUtf8(in.readBytes()), in.readInt(), in.readString(),
                    list(() -> new TocEntry(in.readInt(), in.readString(), in.readString())),
                    list(() -> new BodyLink(in.readString(), in.readInt(), in.readInt(), in.readBoolean(),
                            in.readString())),
                    optional(() -> new RawHtml(in.readString(), in.readInt(), in.readInt())));
        }

        private AuthorRef author() {
            int kind = in.readByte();
            return switch (kind) {
                case SLUG_AUTHOR -> {
                    String slug = in.readString();
                    yield new AuthorRef.Slug(slug, position());
                }
                case NAMED_AUTHOR -> {
                    AuthorProfile profile = new AuthorProfile(in.readString(), in.readString(), in.readString(),
                            position(), list(() -> new AuthorLink(in.readString(), in.readString())),
                            in.readString());
                    yield new AuthorRef.Named(profile, position());
                }
                default -> throw new DamagedData("an author of unknown kind " + kind);
            };
        }

        private ImageRef image() {
            return new ImageRef(in.readString(), in.readString(), in.readString(), in.readString(), position());
        }

        private Correction correction() {
            return new Correction(date(), in.readString());
        }

        private ArticleDate date() {
            LocalDateTime local = LocalDateTime.ofEpochSecond(in.readLong(), in.readInt(), ZoneOffset.UTC);
            int offsetSeconds = in.readInt();
            String zone = in.readString();
            boolean hasTime = in.readBoolean();
            try {
                ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetSeconds);
                return new ArticleDate(ZonedDateTime.ofStrict(local, offset, zone(zone)), hasTime);
            } catch (DateTimeException | NullPointerException notADate) {
                throw new DamagedData("a date that is none: " + notADate.getMessage());
            }
        }

        private ZoneId zone(String id) {
            return zones.computeIfAbsent(id, ZoneId::of);
        }

        private Located<String> located() {
            return new Located<>(in.readString(), position());
        }

        private Position position() {
            int tag = in.readByte();
            return tag == NO_POSITION ? null : new Position(file(tag), in.readInt(), in.readInt());
        }

        private Diagnostic diagnostic() {
            int severity = in.readByte();
            if (severity >= SEVERITIES.length) {
                throw new DamagedData("a message of unknown severity " + severity);
            }
            return new Diagnostic(SEVERITIES[severity], file(in.readByte()), in.readInt(), in.readInt(),
                    in.readString());
        }

        private String file(int tag) {
            return switch (tag) {
                case IN_THE_FILE -> source.display();
                case IN_ANOTHER_FILE -> in.readString();
                default -> throw new DamagedData("a file of unknown kind " + tag);
            };
        }

        private OutsideReads reads() {
            int count = in.readCount();
            Map<String, Optional<ImageSizes.Size>> imageSizes = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String href = in.readString();
                imageSizes.put(href, Optional.ofNullable(optional(() -> new ImageSizes.Size(in.readInt(),
                        in.readInt()))));
            }
            return count == 0 ? OutsideReads.NONE : new OutsideReads(imageSizes);
        }

        private <T> List<T> list(Supplier<T> element) {
            int count = in.readCount();
            List<T> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                values.add(element.get());
            }
            return values;
        }

        private <T> T optional(Supplier<T> value) {
            return in.readBoolean() ? value.get() : null;
        }
    }
}
