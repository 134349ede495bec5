package dev.byline.render;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.output.OutputFile;
import dev.byline.template.Templates;
import gg.jte.TemplateException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders tasks in parallel through the compiled theme. Results keep the tasks' order. A template that fails is
 * reported once per template line, for the first page in plan order (not once per page: one bad line in
 * article.jte would otherwise print thousands, and not whichever page a thread reached first).
 */
public final class Renderer {

    private final Templates templates;

    public Renderer(Templates templates) {
        this.templates = templates;
    }

    /** A page, or why it could not be rendered. */
    private record Outcome(RenderTask task, OutputFile file, Diagnostic failure) {
    }

    /** Renders every task; {@code onPage} runs after each page, on the thread that rendered it. */
    public List<OutputFile> render(List<RenderTask> tasks, Diagnostics diagnostics, Runnable onPage) {
        List<Outcome> outcomes = tasks.parallelStream().map(this::render).peek(ignored -> onPage.run()).toList();
        List<OutputFile> files = new ArrayList<>(outcomes.size());
        Set<String> reported = new HashSet<>();
        for (Outcome outcome : outcomes) {
            if (outcome.file() != null) {
                files.add(outcome.file());
            } else if (reported.add(outcome.failure().file() + ":" + outcome.failure().line())) {
                Diagnostic failure = outcome.failure();
                diagnostics.add(new Diagnostic(failure.severity(), failure.file(), failure.line(), failure.column(),
                        failure.message() + " (rendering " + outcome.task().file() + ")"));
            }
        }
        return files;
    }

    private Outcome render(RenderTask task) {
        try {
            byte[] bytes = templates.render(task.template(), task.model());
            return new Outcome(task, new OutputFile.Rendered(task.file(), task.template(), bytes), null);
        } catch (TemplateException e) {
            return new Outcome(task, null, templates.diagnose(e));
        }
    }
}
