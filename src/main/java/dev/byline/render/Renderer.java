package dev.byline.render;

import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.output.OutputFile;
import dev.byline.template.TemplateErrors;
import dev.byline.template.Templates;
import gg.jte.TemplateException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders tasks in parallel through the compiled theme. Results keep the tasks' order. A template that fails is
 * reported once per template line (not once per page: one bad line in article.jte would otherwise print thousands).
 */
public final class Renderer {

    private final Templates templates;
    private final String templatesDisplay;

    public Renderer(Templates templates, String templatesDisplay) {
        this.templates = templates;
        this.templatesDisplay = templatesDisplay;
    }

    public List<OutputFile> render(List<RenderTask> tasks, Diagnostics diagnostics) {
        Set<String> reported = ConcurrentHashMap.newKeySet();
        return tasks.parallelStream()
                .map(task -> render(task, reported, diagnostics))
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<OutputFile> render(RenderTask task, Set<String> reported, Diagnostics diagnostics) {
        try {
            byte[] bytes = templates.render(task.template(), task.model());
            return Optional.of(new OutputFile.Rendered(task.file(), task.template(), bytes));
        } catch (TemplateException e) {
            Diagnostic diagnostic = TemplateErrors.toDiagnostic(e, templatesDisplay);
            if (reported.add(diagnostic.file() + ":" + diagnostic.line())) {
                diagnostics.add(new Diagnostic(diagnostic.severity(), diagnostic.file(), diagnostic.line(),
                        diagnostic.column(), diagnostic.message() + " (rendering " + task.file() + ")"));
            }
            return Optional.empty();
        }
    }
}
