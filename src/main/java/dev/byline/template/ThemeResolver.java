package dev.byline.template;

import gg.jte.CodeResolver;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Hands jte exactly the theme Byline put together: the built-in templates with the site's overrides, as read (and
 * fingerprinted) once. jte's own directory resolver would also compile stray .jte files in hidden folders or under
 * assets/, and would not know the built-in templates.
 */
final class ThemeResolver implements CodeResolver {

    private final Map<String, byte[]> templates;

    /** @param templates the templates by name, relative to the theme folder, forward slashes */
    ThemeResolver(Map<String, byte[]> templates) {
        this.templates = Map.copyOf(templates);
    }

    @Override
    public String resolve(String name) {
        byte[] template = templates.get(name);
        return template == null ? null : new String(template, StandardCharsets.UTF_8);
    }

    @Override
    public long getLastModified(String name) {
        return 0; // compiled once per fingerprint: jte never needs to know whether a template changed
    }

    @Override
    public List<String> resolveAllTemplateNames() {
        return List.copyOf(templates.keySet());
    }
}
