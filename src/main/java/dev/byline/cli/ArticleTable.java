package dev.byline.cli;

import dev.byline.assemble.PublishingRules.Verdict;
import dev.byline.catalog.CatalogEntry;
import dev.byline.model.ArticleDate;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** {@code byline list}'s table: a header and one line per article in aligned columns, the state in colour. */
final class ArticleTable {

    private static final List<String> HEADER = List.of("DATE", "STATE", "WORDS", "AUTHORS", "TITLE", "FILE");
    private static final int STATE = 1;
    private static final int WORDS = 2;
    private static final String GAP = "  ";
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm",
            Locale.ROOT);

    private final Console console;

    ArticleTable(Console console) {
        this.console = console;
    }

    /** Prints the table; nothing at all when there are no entries. */
    void print(List<CatalogEntry> entries, PrintWriter out) {
        if (entries.isEmpty()) {
            return;
        }
        List<List<String>> rows = entries.stream().map(ArticleTable::cells).toList();
        int[] widths = HEADER.stream().mapToInt(String::length).toArray();
        for (List<String> row : rows) {
            for (int column = 0; column < row.size(); column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        out.println(line(HEADER, widths, UnaryOperator.identity()));
        for (int index = 0; index < rows.size(); index++) {
            String colour = colour(entries.get(index).state());
            out.println(line(rows.get(index), widths, cell -> console.styledOut(colour, cell)));
        }
    }

    private static List<String> cells(CatalogEntry entry) {
        return List.of(day(entry.date()), state(entry.state()), Integer.toString(entry.words()),
                String.join(", ", entry.authors()), entry.title(), entry.file());
    }

    /** Cells padded to their column (numbers to the right), the last one unpadded; the state cell styled. */
    private static String line(List<String> cells, int[] widths, UnaryOperator<String> stateStyle) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            if (column < cells.size() - 1) {
                cell = String.format(column == WORDS ? "%" + widths[column] + "s" : "%-" + widths[column] + "s",
                        cell);
            }
            line.append(column == 0 ? "" : GAP).append(column == STATE ? stateStyle.apply(cell) : cell);
        }
        return line.toString();
    }

    /** The calendar day in the site's zone, and the time when the article gives one. */
    private static String day(ArticleDate date) {
        return (date.hasTime() ? DAY_AND_TIME : DateTimeFormatter.ISO_LOCAL_DATE).format(date.value());
    }

    private static String state(Verdict state) {
        return switch (state) {
            case PUBLISH -> "published";
            case DRAFT -> "draft";
            case SCHEDULED -> "scheduled";
            case EXPIRED -> "expired";
        };
    }

    private static String colour(Verdict state) {
        return switch (state) {
            case PUBLISH -> "green";
            case DRAFT -> "yellow";
            case SCHEDULED -> "cyan";
            case EXPIRED -> "faint";
        };
    }
}
