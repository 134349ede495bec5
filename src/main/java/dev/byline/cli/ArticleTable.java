package dev.byline.cli;

import dev.byline.assemble.PublishingRules.Verdict;
import dev.byline.catalog.CatalogEntry;
import dev.byline.model.ArticleDate;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * {@code byline list}'s table: a header and one line per article in aligned columns, the state in colour, in at most
 * {@value #WIDTH} columns. Date, state and words are always whole; the authors, title and file columns share the
 * rest, and a cell too long for its column is cut with an ellipsis: at its end, or for the file at its start, so
 * that the file's name stays.
 */
final class ArticleTable {

    private static final List<String> HEADER = List.of("DATE", "STATE", "WORDS", "AUTHORS", "TITLE", "FILE");
    private static final int STATE = 1;
    private static final int WORDS = 2;
    /** The authors column; it and the ones after it are cut to fit. */
    private static final int AUTHORS = 3;
    private static final int FILE = 5;
    /** The width of the table, within any terminal's and most editors' width. */
    private static final int WIDTH = 100;
    private static final String ELLIPSIS = "…";
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
        int[] widths = HEADER.stream().mapToInt(ArticleTable::length).toArray();
        for (List<String> row : rows) {
            for (int column = 0; column < row.size(); column++) {
                widths[column] = Math.max(widths[column], length(row.get(column)));
            }
        }
        shareTheRest(widths);
        rows = rows.stream().map(row -> cut(row, widths)).toList();
        out.println(line(HEADER, widths, UnaryOperator.identity()));
        for (int index = 0; index < rows.size(); index++) {
            String colour = colour(entries.get(index).state());
            out.println(line(rows.get(index), widths, cell -> console.styledOut(colour, cell)));
        }
    }

    /**
     * Narrows the authors, title and file columns until the table fits: what is left after the whole columns and
     * the gaps is shared out evenly, a column that needs less than its share keeping just what it needs.
     */
    private static void shareTheRest(int[] widths) {
        int left = WIDTH - GAP.length() * (widths.length - 1);
        for (int column = 0; column < AUTHORS; column++) {
            left -= widths[column];
        }
        List<Integer> shared = new ArrayList<>(List.of(AUTHORS, AUTHORS + 1, FILE));
        shared.sort(Comparator.comparingInt(column -> widths[column]));
        for (int index = 0; index < shared.size(); index++) {
            int column = shared.get(index);
            widths[column] = Math.min(widths[column], left / (shared.size() - index));
            left -= widths[column];
        }
    }

    /** The row with each cell cut to its column's width. */
    private static List<String> cut(List<String> row, int[] widths) {
        List<String> cut = new ArrayList<>(row);
        for (int column = AUTHORS; column < row.size(); column++) {
            String cell = row.get(column);
            int keep = widths[column] - ELLIPSIS.length();
            if (length(cell) > widths[column]) {
                cut.set(column, column == FILE
                        ? ELLIPSIS + cell.substring(cell.offsetByCodePoints(0, length(cell) - keep))
                        : cell.substring(0, cell.offsetByCodePoints(0, keep)).stripTrailing() + ELLIPSIS);
            }
        }
        return cut;
    }

    /** The characters a cell takes on the screen (a character outside the Basic Multilingual Plane is one). */
    private static int length(String cell) {
        return cell.codePointCount(0, cell.length());
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
                String padding = " ".repeat(widths[column] - length(cell));
                cell = column == WORDS ? padding + cell : cell + padding;
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
