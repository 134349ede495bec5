package dev.byline.assemble;

import dev.byline.model.Pagination;
import dev.byline.model.SiteConfig;
import dev.byline.model.SitePaths;
import java.util.ArrayList;
import java.util.List;

/** Cuts a list into pages of {@code paginate} items; an empty list still gets one (empty) page. */
public final class Paginator {

    private Paginator() {
    }

    /** One page of a list: its items, where it sits and its site path. */
    public record Slice<T>(List<T> items, Pagination pagination, String sitePath) {
    }

    public static <T> List<Slice<T>> paginate(List<T> items, int perPage, String firstPage, SiteConfig config) {
        int total = Math.max(1, (items.size() + perPage - 1) / perPage);
        List<Slice<T>> slices = new ArrayList<>(total);
        for (int number = 1; number <= total; number++) {
            List<T> pageItems = items.subList(Math.min((number - 1) * perPage, items.size()),
                    Math.min(number * perPage, items.size()));
            slices.add(new Slice<>(List.copyOf(pageItems), pagination(number, total, firstPage, config),
                    SitePaths.listPage(firstPage, number)));
        }
        return slices;
    }

    /** Where page {@code number} of {@code total} of the list whose first page is at {@code firstPage} sits. */
    public static Pagination pagination(int number, int total, String firstPage, SiteConfig config) {
        String previous = number > 1 ? config.href(SitePaths.listPage(firstPage, number - 1)) : null;
        String next = number < total ? config.href(SitePaths.listPage(firstPage, number + 1)) : null;
        return new Pagination(number, total, config.href(SitePaths.listPage(firstPage, number)), previous, next);
    }
}
