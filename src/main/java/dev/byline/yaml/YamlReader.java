package dev.byline.yaml;

import dev.byline.diag.Diagnostics;
import dev.byline.diag.Position;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * Parses YAML 1.2 text into a {@link YamlMap}, turning SnakeYAML's errors into diagnostics. Composes nodes rather
 * than objects, so every value keeps its line and column, and dates stay text for Byline to read in the site's zone.
 * SnakeYAML loaders are not thread-safe: each call makes its own (only the schema, which nothing changes, is shared).
 */
public final class YamlReader {

    /** Aliases make a small file expand into a huge one ("billion laughs"); real front matter needs few. */
    private static final int MAX_ALIASES = 50;
    /** Front matter and site settings are small; refuse anything larger than 1 MiB of YAML. */
    private static final int MAX_CODE_POINTS = 1 << 20;

    /** {@code key: "value...} or {@code - "value...}: a value that starts with a quote. */
    private static final Pattern QUOTED_VALUE = Pattern.compile("^\\s*(?:-\\s+|[^\\s:#][^:#]*:\\s+)(([\"'])(.*))$");

    /** YAML 1.2 core: ~ and Null are empty, True is a boolean. */
    private static final Schema CORE = new SharedCoreSchema();

    private YamlReader() {
    }

    /**
     * The core schema with one scalar resolver for every read: {@link CoreSchema} builds a new resolver, a table of
     * patterns, each time a composer asks for it (once per front matter). A resolver only reads its table once built,
     * so all threads can share it.
     */
    private static final class SharedCoreSchema extends CoreSchema {
        private final ScalarResolver resolver = super.getScalarResolver();

        @Override
        public ScalarResolver getScalarResolver() {
            return resolver;
        }
    }

    /**
     * @param text       the YAML text
     * @param file       the file it came from, as the user knows it
     * @param lineOffset how many lines of the file come before the text (the front matter fence, for example)
     * @return the top-level mapping, or empty (with an error reported) when the text is not a YAML mapping
     */
    public static Optional<YamlMap> readMapping(String text, String file, int lineOffset, Diagnostics diagnostics) {
        if (text.length() > MAX_CODE_POINTS && text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            diagnostics.add(new Position(file, lineOffset + 1, 1).error("this YAML is "
                    + text.codePointCount(0, text.length()) / 1024 + " KB long; front matter and site settings may be "
                    + "at most " + (MAX_CODE_POINTS >> 10) + " KB (long text belongs in an article's body)"));
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setSchema(CORE)
                .build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            String problem = (e.getProblem() + " " + e.getContext()).toLowerCase(Locale.ROOT);
            Optional<Position> quote = problem.contains("quoted scalar") || problem.contains("block end")
                    ? unclosedQuote(text, file, lineOffset) : Optional.empty();
            diagnostics.add(quote.isPresent()
                    ? quote.get().error("this value's opening quote is not closed on its line; add the closing "
                            + "quote (and write a quote inside the value as \\\" within \"...\")")
                    : new YamlMistakes(text, file, lineOffset).explain(e));
            return Optional.empty();
        } catch (StackOverflowError tooDeep) { // SnakeYAML composes nested collections recursively
            diagnostics.add(new Position(file, lineOffset + 1, 1).error("not valid YAML here: values are nested too "
                    + "deeply (lists or mappings inside each other thousands of levels down)"));
            return Optional.empty();
        } catch (YamlEngineException e) { // SnakeYAML's limits (aliases, size) carry no position
            String hint = hintFor(e.getMessage(), "");
            diagnostics.add(new Position(file, lineOffset + 1, 1).error("not valid YAML: " + e.getMessage()
                    + (hint == null ? "" : "; " + hint)));
            return Optional.empty();
        }
        if (root.isEmpty()) {
            return Optional.of(YamlMap.empty(file, lineOffset, diagnostics));
        }
        if (expandsBeyondLimit(root.get())) {
            diagnostics.add(new Position(file, lineOffset + 1, 1).error("not valid YAML here: its aliases (*name) "
                    + "repeat text beyond " + (MAX_CODE_POINTS >> 20) + " MiB; write the values out instead"));
            return Optional.empty();
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            diagnostics.add(YamlMap.position(root.get(), file, lineOffset)
                    .error("expected \"key: value\" lines, found " + YamlMap.describeNode(root.get())));
            return Optional.empty();
        }
        return Optional.of(YamlMap.of(mapping, file, lineOffset, diagnostics));
    }

    /**
     * The most common YAML mistake in front matter, a value that opens a quote and never closes it, makes SnakeYAML
     * report some later line; the line where the quote opens is the one to fix. (A quoted value may legally run
     * over several lines, but this is only looked for once parsing has failed.)
     */
    static Optional<Position> unclosedQuote(String text, String file, int lineOffset) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher value = QUOTED_VALUE.matcher(lines[i]);
            if (value.matches() && !closes(value.group(3), value.group(2).charAt(0))) {
                return Optional.of(new Position(file, lineOffset + i + 1, value.start(2) + 1));
            }
        }
        return Optional.empty();
    }

    private static boolean closes(String rest, char quote) {
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (quote == '"' && c == '\\') {
                i++; // an escaped character
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < rest.length() && rest.charAt(i + 1) == '\'') {
                    i++; // '' is a quote inside a single-quoted value
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * SnakeYAML bounds aliases of lists and mappings but not of text: a long text anchored once and aliased
     * thousands of times would make every later stage read gigabytes. The text as every alias repeats it is
     * counted, up to the same limit as the file itself, and so are the values (a list may even contain itself).
     */
    private static boolean expandsBeyondLimit(Node root) {
        long total = 0;
        long visited = 0;
        Deque<Node> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (++visited > MAX_CODE_POINTS) { // a list that contains itself: endless however little text
                return true;
            }
            if (node instanceof ScalarNode scalar) {
                total += scalar.getValue().length();
                if (total > MAX_CODE_POINTS) {
                    return true;
                }
            } else if (node instanceof SequenceNode sequence) {
                sequence.getValue().forEach(pending::push);
            } else if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    pending.push(tuple.getKeyNode());
                    pending.push(tuple.getValueNode());
                }
            }
        }
        return false;
    }

    /** SnakeYAML's wording, with a hint, for the mistakes {@link YamlMistakes} cannot name more plainly. */
    static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
        String context = e.getContext();
        String hint = hintFor(problem, context);
        StringBuilder message = new StringBuilder("not valid YAML: ").append(problem);
        if (context != null && !context.isBlank()) {
            message.append(" (").append(context).append(')');
        }
        if (hint != null) {
            message.append("; ").append(hint);
        }
        return message.toString();
    }

    private static String hintFor(String problem, String context) {
        String both = (problem + " " + context).toLowerCase(Locale.ROOT);
        if (both.contains("'\\t'") || both.contains("tab")) {
            return "indent with spaces, not tabs";
        }
        if (both.contains("quoted scalar")) {
            return "a quote is not closed, or a quote inside the value needs escaping (\\\" inside \"...\", '' inside '...')";
        }
        if (both.contains("mapping values are not allowed")) {
            return "check this line's indentation, or put a value that contains \": \" in quotes";
        }
        if (both.contains("aliases")) {
            return "the file uses too many aliases (*name); write the values out instead";
        }
        return null;
    }
}
