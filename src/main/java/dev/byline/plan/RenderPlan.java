package dev.byline.plan;

import java.util.List;

/** Every output file of a site and how it is made, in a fixed order (pages, feeds, sitemap, copies). */
public record RenderPlan(List<Task> tasks) {

    public RenderPlan {
        tasks = List.copyOf(tasks);
    }
}
