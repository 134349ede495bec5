package dev.byline.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kind of piece an article is (front matter {@code type:}): the closed set an opinion desk publishes. Each has
 * the id written in front matter and site.yaml, the kicker shown above its headline unless site.yaml's
 * {@code types:} gives another, the heading of its list page, and the schema.org type search engines are told.
 */
public enum WorkType {
    /** The default: the kicker is site.yaml's {@code opinionLabel}. */
    OP_ED("op-ed", "Opinion", "Opinion", "OpinionNewsArticle"),
    EDITORIAL("editorial", "Editorial", "Editorials", "OpinionNewsArticle"),
    /** A regular column: the kicker is the column's name. */
    COLUMN("column", "Column", "Columns", "OpinionNewsArticle"),
    GUEST_ESSAY("guest-essay", "Guest Essay", "Guest Essays", "OpinionNewsArticle"),
    LETTER("letter", "Letter", "Letters", "OpinionNewsArticle"),
    ANALYSIS("analysis", "Analysis", "Analysis", "AnalysisNewsArticle"),
    REVIEW("review", "Review", "Reviews", "ReviewNewsArticle"),
    ENDORSEMENT("endorsement", "Endorsement", "Endorsements", "OpinionNewsArticle");

    private final String id;
    private final String defaultLabel;
    private final String defaultTitle;
    private final String schemaType;

    WorkType(String id, String defaultLabel, String defaultTitle, String schemaType) {
        this.id = id;
        this.defaultLabel = defaultLabel;
        this.defaultTitle = defaultTitle;
        this.schemaType = schemaType;
    }

    /** As written in front matter and site.yaml: {@code guest-essay}; also the last part of its list's path. */
    public String id() {
        return id;
    }

    /** The kicker when site.yaml gives none ("Guest Essay"). */
    public String defaultLabel() {
        return defaultLabel;
    }

    /** The heading of the type's list page when site.yaml gives no label ("Guest Essays"). */
    public String defaultTitle() {
        return defaultTitle;
    }

    /** The schema.org {@code @type} of a piece of this type: {@code OpinionNewsArticle}, {@code ReviewNewsArticle}. */
    public String schemaType() {
        return schemaType;
    }

    /** Whether a piece of this type is the paper's own position, signed by the paper rather than a writer. */
    public boolean isThePapersOwn() {
        return this == EDITORIAL || this == ENDORSEMENT;
    }

    /** The type written {@code id}, in any case; empty for none. */
    public static Optional<WorkType> byId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.id.equals(wanted)).findFirst();
    }

    /** Every id, in the order above, for messages that list them. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(WorkType::id).toList();
    }
}
