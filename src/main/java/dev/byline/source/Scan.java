package dev.byline.source;

import dev.byline.diag.Diagnostic;
import java.util.List;

/** One walk of the site's folders: the files found, and what the walk reported (links that lead out, strays). */
public record Scan(SourceTree tree, List<Diagnostic> messages) {

    public Scan {
        messages = List.copyOf(messages);
    }

    public boolean hasErrors() {
        return messages.stream().anyMatch(Diagnostic::isError);
    }
}
