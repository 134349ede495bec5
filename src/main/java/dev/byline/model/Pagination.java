package dev.byline.model;

/**
 * Where a list page sits among its siblings.
 *
 * @param number      1-based page number
 * @param total       number of pages (at least 1)
 * @param url         root-relative link to this page
 * @param previousUrl root-relative link to the previous page, or {@code null} on the first
 * @param nextUrl     root-relative link to the next page, or {@code null} on the last
 */
public record Pagination(int number, int total, String url, String previousUrl, String nextUrl) {

    public boolean hasPrevious() {
        return previousUrl != null;
    }

    public boolean hasNext() {
        return nextUrl != null;
    }

    public boolean isFirst() {
        return number == 1;
    }
}
