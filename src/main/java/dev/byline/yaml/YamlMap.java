package dev.byline.yaml;

import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import dev.byline.diag.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping with typed, positioned access to its values. Every wrong type or missing required value is reported
 * to the diagnostics (with the value's line and column) and read as empty, so a caller can go on checking the other
 * fields and the user sees every mistake in one run.
 */
public final class YamlMap {

    private final String file;
    private final int lineOffset;
    private final Position position;
    private final Map<String, NodeTuple> entries;
    private final Diagnostics diagnostics;

    private YamlMap(String file, int lineOffset, Position position, Map<String, NodeTuple> entries,
                    Diagnostics diagnostics) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.position = position;
        this.entries = entries;
        this.diagnostics = diagnostics;
    }

    static YamlMap empty(String file, int lineOffset, Diagnostics diagnostics) {
        return new YamlMap(file, lineOffset, new Position(file, lineOffset + 1, 1), Map.of(), diagnostics);
    }

    static YamlMap of(MappingNode node, String file, int lineOffset, Diagnostics diagnostics) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            ScalarNode key = (ScalarNode) tuple.getKeyNode(); // SnakeYAML refuses other keys by default
            Node keyNode = key;
            NodeTuple first = entries.putIfAbsent(key.getValue(), tuple);
            if (first != null) {
                diagnostics.add(position(keyNode, file, lineOffset).error("duplicate key \"" + key.getValue()
                        + "\" (first given on line " + position(first.getKeyNode(), file, lineOffset).line()
                        + "); keep one of them"));
            }
        }
        return new YamlMap(file, lineOffset, position(node, file, lineOffset), entries, diagnostics);
    }

    static Position position(Node node, String file, int lineOffset) {
        return node.getStartMark()
                .map(mark -> new Position(file, lineOffset + mark.getLine() + 1, mark.getColumn() + 1))
                .orElse(new Position(file, lineOffset + 1, 1));
    }

    static String describeNode(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping (key: value lines)";
        }
        Tag tag = node.getTag();
        if (Tag.NULL.equals(tag)) {
            return "nothing";
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            return "a number";
        }
        if (Tag.BOOL.equals(tag)) {
            return "true/false";
        }
        return "text";
    }

    /** Where this mapping starts. */
    public Position position() {
        return position;
    }

    public Collection<String> keys() {
        return entries.keySet();
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Where the value of {@code key} starts, or where the mapping starts when the key is absent. */
    public Position positionOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? position : position(tuple.getValueNode(), file, lineOffset);
    }

    /** Where the key itself is written, for messages about the key. */
    public Position keyPosition(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? position : position(tuple.getKeyNode(), file, lineOffset);
    }

    /** Reports an error that {@code key} is required when it is absent, empty or blank. */
    public Optional<Located<String>> requiredText(String key, String example) {
        return requiredText(key, example, "text");
    }

    /** As {@link #requiredText(String, String)}, naming the right form ("a date such as 2025-08-15") when wrong. */
    public Optional<Located<String>> requiredText(String key, String example, String expected) {
        if (!has(key)) {
            diagnostics.add(position.error("missing " + key + "; add a line such as " + example));
            return Optional.empty();
        }
        if (isNull(entries.get(key).getValueNode())) {
            diagnostics.add(positionOf(key).error("missing " + key + " value; add a line such as " + example));
            return Optional.empty();
        }
        Optional<Located<String>> text = text(key, expected);
        if (text.isPresent() && text.get().value().isBlank()) {
            diagnostics.add(positionOf(key).error(key + " is blank; add a line such as " + example));
            return Optional.empty();
        }
        return text;
    }

    /**
     * A scalar value as text; numbers and booleans count as text here ({@code title: 1984} is a fine headline).
     * Empty when absent or null; an error when it is a list or a mapping.
     */
    public Optional<Located<String>> text(String key) {
        return text(key, "text");
    }

    /** As {@link #text(String)}, naming the right form ("a date such as 2025-08-15") when the value is wrong. */
    public Optional<Located<String>> text(String key, String expected) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        return scalarText(key, tuple.getValueNode(), expected);
    }

    /** True or false; an error for anything else. */
    public Optional<Boolean> bool(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        Node node = tuple.getValueNode();
        if (node instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
            return Optional.of(Boolean.parseBoolean(scalar.getValue().toLowerCase(Locale.ROOT)));
        }
        diagnostics.add(positionOf(key).error(key + " must be true or false, found " + describeNode(node)));
        return Optional.empty();
    }

    /** A whole number; an error for anything else. */
    public Optional<Located<Long>> integer(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        Node node = tuple.getValueNode();
        if (node instanceof ScalarNode scalar && Tag.INT.equals(scalar.getTag())) {
            try {
                return Optional.of(new Located<>(Long.parseLong(scalar.getValue().replace("_", "")), positionOf(key)));
            } catch (NumberFormatException tooLarge) {
                // falls through to the error below
            }
        }
        diagnostics.add(positionOf(key).error(key + " must be a whole number, found " + describeNode(node)));
        return Optional.empty();
    }

    /** A list of text values; an error (naming the right form) for anything else. */
    public Optional<List<Located<String>>> textList(String key, String example) {
        return textList(key, example, false);
    }

    /**
     * As {@link #textList}, but a single text value is a list of one ({@code redirect_from: /old/}, as Jekyll's
     * plugin allows), for keys whose one value cannot be mistaken for a list written wrongly.
     */
    public Optional<List<Located<String>>> textOrTextList(String key, String example) {
        return textList(key, example, true);
    }

    private Optional<List<Located<String>>> textList(String key, String example, boolean oneIsAList) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        if (oneIsAList && tuple.getValueNode() instanceof ScalarNode) {
            return scalarText(key, tuple.getValueNode(), "a path or a list such as " + example).map(List::of);
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            diagnostics.add(positionOf(key).error(key + " must be a list such as " + example + ", found "
                    + describeNode(tuple.getValueNode())));
            return Optional.empty();
        }
        List<Located<String>> values = new ArrayList<>();
        boolean valid = true;
        for (Node item : sequence.getValue()) {
            Optional<Located<String>> value = scalarText(key, item, "a list of words such as " + example);
            valid &= value.isPresent();
            value.ifPresent(values::add);
        }
        return valid ? Optional.of(values) : Optional.empty();
    }

    /**
     * A list of mappings ({@code - date: ...} items); an error (naming the right form) for anything else, and for
     * each item that is not a mapping (the others are still returned, so their own mistakes show too).
     */
    public Optional<List<YamlMap>> mappingList(String key, String example) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        List<YamlMap> items = new ArrayList<>();
        if (tuple.getValueNode() instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof MappingNode mapping) {
                    items.add(of(mapping, file, lineOffset, diagnostics));
                } else {
                    diagnostics.add(position(item, file, lineOffset).error(key + " items must be mappings such as "
                            + example + ", found " + describeNode(item)));
                }
            }
            return Optional.of(items);
        }
        diagnostics.add(positionOf(key).error(key + " must be a list of items such as " + example + ", found "
                + describeNode(tuple.getValueNode())));
        return Optional.empty();
    }

    /** A nested mapping; an error for anything else. */
    public Optional<YamlMap> mapping(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof MappingNode node) {
            return Optional.of(of(node, file, lineOffset, diagnostics));
        }
        diagnostics.add(positionOf(key).error(key + " must be a mapping (indented key: value lines), found "
                + describeNode(tuple.getValueNode())));
        return Optional.empty();
    }

    /** What kind of value {@code key} holds, so callers can accept several shapes (author: slug or mapping). */
    public ValueKind kindOf(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return ValueKind.ABSENT;
        }
        Node node = tuple.getValueNode();
        if (node instanceof MappingNode) {
            return ValueKind.MAPPING;
        }
        return node instanceof SequenceNode ? ValueKind.LIST : ValueKind.SCALAR;
    }

    /** Warns about every key not in {@code known}, suggesting the nearest known one. */
    public void warnUnknownKeys(Collection<String> known) {
        for (Located<String> key : reportNearMisses(known, List.of())) {
            diagnostics.add(key.position().warning(key.value() + ": unknown key (known keys: "
                    + String.join(", ", known) + ")"));
        }
    }

    /**
     * Reports every key not in {@code known} that is a near miss of a known one ({@code titel}: did you mean
     * title?): a warning, or an error when the key it misses is one of {@code guarded}, whose typo would change
     * what gets published. Returns the other unknown keys, for the caller to report.
     */
    public List<Located<String>> reportNearMisses(Collection<String> known, Collection<String> guarded) {
        List<Located<String>> others = new ArrayList<>();
        for (String key : entries.keySet()) {
            if (known.contains(key)) {
                continue;
            }
            Optional<String> near = Suggestions.nearest(key, known);
            if (near.isEmpty()) {
                others.add(new Located<>(key, keyPosition(key)));
            } else if (guarded.contains(near.get())) {
                diagnostics.add(keyPosition(key).error(key + ": unknown key, did you mean " + near.get() + "? "
                        + "Left as it is, it would be ignored and the article could go online at the wrong time"));
            } else {
                diagnostics.add(keyPosition(key).warning(key + ": unknown key, did you mean " + near.get() + "?"));
            }
        }
        return others;
    }

    private Optional<Located<String>> scalarText(String key, Node node, String expected) {
        if (node instanceof ScalarNode scalar && !isNull(scalar)) {
            return Optional.of(new Located<>(scalar.getValue(), position(node, file, lineOffset)));
        }
        diagnostics.add(position(node, file, lineOffset).error(key + " must be " + expected + ", found "
                + describeNode(node)));
        return Optional.empty();
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    /** The shapes a value can take. */
    public enum ValueKind { ABSENT, SCALAR, LIST, MAPPING }
}
