package dev.byline.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * YAML as a writer edits it in a text editor: one top-level key at a time. A key's block is its line and the indented
 * lines under it, so an {@code author:} mapping or a {@code corrections:} list is replaced or removed whole.
 */
final class YamlLines {

    private final List<String> lines;

    YamlLines(String text) {
        this.lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
    }

    /** The lines, each ending with a line break. */
    String text() {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    /** What follows {@code key:} on the key's own line, stripped; empty when the key is absent. */
    Optional<String> value(String key) {
        int line = lineOf(key);
        return line < 0 ? Optional.empty() : Optional.of(lines.get(line).substring(key.length() + 1).strip());
    }

    /** Puts {@code key: value} in place of the key's block, or at the end when the key is new. */
    YamlLines set(String key, String value) {
        int line = lineOf(key);
        String written = key + ": " + value;
        if (line < 0) {
            lines.add(written);
        } else {
            removeBlockAt(line);
            lines.add(line, written);
        }
        return this;
    }

    YamlLines remove(String key) {
        int line = lineOf(key);
        if (line >= 0) {
            removeBlockAt(line);
        }
        return this;
    }

    /** The items of a one-line list such as {@code [cities, Food & Drink]}; empty when the key is absent. */
    List<String> list(String key) {
        String value = value(key).orElse("[]");
        String inside = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        return Arrays.stream(inside.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    /** Sets a one-line list, or removes the key when the list is empty. */
    YamlLines list(String key, List<String> items) {
        return items.isEmpty() ? remove(key) : set(key, GeneratedSite.flowList(items));
    }

    private int lineOf(String key) {
        for (int line = 0; line < lines.size(); line++) {
            if (lines.get(line).startsWith(key + ":")) {
                return line;
            }
        }
        return -1;
    }

    private void removeBlockAt(int line) {
        lines.remove(line);
        while (line < lines.size() && (lines.get(line).startsWith(" ") || lines.get(line).startsWith("- "))) {
            lines.remove(line);
        }
    }
}
