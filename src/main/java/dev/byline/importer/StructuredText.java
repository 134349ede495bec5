package dev.byline.importer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.byline.diag.Diagnostic;
import dev.byline.diag.Diagnostics;
import dev.byline.yaml.YamlReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Another generator's settings and front matter, in YAML, TOML or JSON, as plain values: maps (in the order
 * written), lists, text, numbers and booleans. Dates stay text, to be read in the old site's zone. A mistake is
 * one diagnostic with the line it is on.
 */
public final class StructuredText {

    /** The three languages Jekyll and Hugo read settings and front matter in. */
    public enum Syntax { YAML, TOML, JSON }

    /** A result: the values, or why there are none. */
    public sealed interface Read {
    }

    /** The top-level mapping (empty for empty text). */
    public record Values(Map<String, Object> map) implements Read {
    }

    public record Unreadable(Diagnostic problem) implements Read {
    }

    private static final ObjectMapper TOML = new TomlMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ALIASES = 50;

    private StructuredText() {
    }

    /**
     * @param file       the file, as the user knows it
     * @param lineOffset the lines of the file before the text (a front matter fence)
     */
    public static Read read(String text, Syntax syntax, String file, int lineOffset) {
        return switch (syntax) {
            case YAML -> yaml(text, file, lineOffset);
            case TOML -> jackson(TOML, text, file, lineOffset);
            case JSON -> jackson(JSON, text, file, lineOffset);
        };
    }

    /** Checked by Byline's own reader first, for its plain-words messages; loaded as plain values after. */
    private static Read yaml(String text, String file, int lineOffset) {
        Diagnostics diagnostics = new Diagnostics();
        if (YamlReader.readMapping(text, file, lineOffset, diagnostics).isEmpty()) {
            return new Unreadable(diagnostics.sorted().get(0));
        }
        LoadSettings settings = LoadSettings.builder().setLabel(file).setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false).setSchema(new CoreSchema()).build();
        try {
            Object root = new Load(settings).loadFromString(text);
            return new Values(root instanceof Map<?, ?> map ? stringKeys(map) : new LinkedHashMap<>());
        } catch (YamlEngineException e) {
            return new Unreadable(Diagnostic.error(file, lineOffset + 1, 0, "not valid YAML: " + e.getMessage()));
        }
    }

    private static Read jackson(ObjectMapper mapper, String text, String file, int lineOffset) {
        if (text.isBlank()) {
            return new Values(new LinkedHashMap<>());
        }
        try (JsonParser parser = mapper.createParser(text)) {
            Object root = mapper.readValue(parser, Object.class);
            if (root instanceof Map<?, ?> map) {
                return new Values(stringKeys(map));
            }
            return new Unreadable(Diagnostic.error(file, lineOffset + 1, 0, "expected keys and values, found "
                    + (root == null ? "nothing" : "a single value")));
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            int line = where == null || where.getLineNr() < 1 ? 1 : where.getLineNr();
            return new Unreadable(Diagnostic.error(file, lineOffset + line, 0, "not valid "
                    + (mapper == TOML ? "TOML" : "JSON") + ": " + firstLine(e.getOriginalMessage())));
        } catch (IOException e) {
            return new Unreadable(Diagnostic.error(file, lineOffset + 1, 0, "cannot be read: " + e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** Keys as text (YAML allows any key; {@code 2024: x} is the key "2024"), nested maps too. */
    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, value) -> result.put(String.valueOf(key), value instanceof Map<?, ?> inner
                ? stringKeys(inner) : value));
        return result;
    }
}
