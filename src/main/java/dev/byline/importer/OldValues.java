package dev.byline.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading the plain values of another generator's front matter and settings ({@link StructuredText}), which give
 * the same thing in several shapes: a number where text was meant, one value where a list is allowed, a dotted path
 * into nested tables.
 *
 * @param map the values, by key
 */
public record OldValues(Map<String, Object> map) {

    public static final OldValues EMPTY = new OldValues(Map.of());

    /** The value at {@code path}, whose dots step into nested maps ({@code markup.goldmark.renderer.unsafe}). */
    public Optional<Object> value(String path) {
        Object current = map;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> inner) || !inner.containsKey(key)) {
                return Optional.empty();
            }
            current = inner.get(key);
        }
        return Optional.ofNullable(current);
    }

    public boolean has(String path) {
        return value(path).isPresent();
    }

    /** A text, number or boolean as text, stripped; empty for a blank one, a list or a map. */
    public Optional<String> text(String path) {
        return value(path).filter(OldValues::isScalar).map(value -> String.valueOf(value).strip())
                .filter(text -> !text.isEmpty());
    }

    /** The first of these keys that has a text. */
    public Optional<String> firstText(String... paths) {
        for (String path : paths) {
            Optional<String> text = text(path);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    /** A boolean, or the text {@code true}/{@code false}. */
    public Optional<Boolean> bool(String path) {
        return value(path).map(String::valueOf).map(String::strip)
                .filter(text -> text.equals("true") || text.equals("false")).map(Boolean::valueOf);
    }

    public Optional<Integer> integer(String path) {
        return text(path).filter(text -> text.matches("\\d{1,9}")).map(Integer::valueOf);
    }

    /** A list's texts, or one text as a list of one; nothing for a map. */
    public List<String> texts(String path) {
        Optional<Object> value = value(path);
        List<String> texts = new ArrayList<>();
        if (value.isPresent() && value.get() instanceof List<?> list) {
            list.stream().filter(OldValues::isScalar).map(item -> String.valueOf(item).strip())
                    .filter(item -> !item.isEmpty()).forEach(texts::add);
        } else {
            text(path).ifPresent(texts::add);
        }
        return texts;
    }

    /** The map at {@code path}, or {@link #EMPTY}. */
    public OldValues values(String path) {
        return value(path).filter(value -> value instanceof Map<?, ?>).map(value -> of((Map<?, ?>) value))
                .orElse(EMPTY);
    }

    /** The maps of a list at {@code path} (Hugo's {@code [[menu.main]]}), or a single map as a list of one. */
    public List<OldValues> valuesList(String path) {
        Optional<Object> value = value(path);
        if (value.isPresent() && value.get() instanceof List<?> list) {
            return list.stream().filter(item -> item instanceof Map<?, ?>).map(item -> of((Map<?, ?>) item))
                    .toList();
        }
        return value.filter(item -> item instanceof Map<?, ?>).map(item -> List.of(of((Map<?, ?>) item)))
                .orElse(List.of());
    }

    public boolean isEmpty() {
        return map.isEmpty();
    }

    static OldValues of(Map<?, ?> map) {
        Map<String, Object> keyed = new LinkedHashMap<>();
        map.forEach((key, value) -> keyed.put(String.valueOf(key), value));
        return new OldValues(keyed);
    }

    private static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }
}
