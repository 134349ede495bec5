package dev.byline.template;

import gg.jte.CodeResolver;
import gg.jte.resolve.DirectoryCodeResolver;
import java.nio.file.Path;
import java.util.List;

/**
 * Hands jte exactly the theme's templates that Byline scanned (and fingerprinted): jte's own directory resolver
 * would also compile stray .jte files in hidden folders or under assets/.
 */
final class ThemeResolver implements CodeResolver {

    private final DirectoryCodeResolver directory;
    private final List<String> templates;

    /** @param templates the template names, relative to the theme folder, forward slashes */
    ThemeResolver(Path templatesDir, List<String> templates) {
        this.directory = new DirectoryCodeResolver(templatesDir);
        this.templates = List.copyOf(templates);
    }

    @Override
    public String resolve(String name) {
        return directory.resolve(name);
    }

    @Override
    public long getLastModified(String name) {
        return directory.getLastModified(name);
    }

    @Override
    public List<String> resolveAllTemplateNames() {
        return templates;
    }
}
