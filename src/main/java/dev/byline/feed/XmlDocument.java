package dev.byline.feed;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * An XML file written into memory as UTF-8, one element a line and indented, so that people who open a feed or
 * sitemap can read it. Every value goes through {@link #escaped}, which escapes it and leaves out the characters
 * XML forbids; names are the callers' constants.
 *
 * <p>Written by hand rather than with the JDK's XMLStreamWriter, to the same bytes: a feed escapes every article's
 * full text, and that writer's character-at-a-time path into a stream was most of a feed's cost.
 */
final class XmlDocument {

    private static final byte[][] TEXT_ESCAPES = asciiEscapes(false);
    private static final byte[][] ATTRIBUTE_ESCAPES = asciiEscapes(true);
    /** The most bytes one character of a value can take: {@code &quot;}. */
    private static final int MOST_BYTES_PER_CHAR = 6;
    private static final int CHUNK = 256;
    private static final int SLACK = 256;

    private byte[] bytes = new byte[1024];
    private int length;
    /** A chunk of a value's characters, copied out of its string for the escaping loop. */
    private final char[] chars = new char[CHUNK];
    private final Deque<String> openElements = new ArrayDeque<>();
    private int depth;
    private boolean hasChildren;
    /** How the start tag being written ends once its attributes are in, {@code >} or {@code />}; null if none. */
    private String startTagEnd;

    /** Starts the document with its root element in {@code namespace}. */
    XmlDocument(String root, String namespace) {
        this(root);
        attribute("xmlns", namespace);
    }

    /** Starts the document with its root element in no namespace (RSS); give it attributes with {@link #attribute}. */
    XmlDocument(String root) {
        markup("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        startTag(root, ">");
        openElements.push(root);
        depth = 1;
    }

    private XmlDocument(int depth) {
        this.depth = depth;
    }

    /**
     * A piece of a document, written on its own to go into many documents with {@link #insert}: its elements are
     * indented as if they stood at {@code depth} and carry no namespace declarations (they take the document's).
     */
    static XmlDocument fragment(int depth) {
        return new XmlDocument(depth);
    }

    /** The bytes of a fragment. */
    byte[] fragmentBytes() {
        endStartTag();
        return Arrays.copyOf(bytes, length);
    }

    /** Puts fragments' bytes here, as written, one after the other (with room made for all at once). */
    XmlDocument insert(List<byte[]> fragments) {
        endStartTag();
        room(fragments.stream().mapToInt(fragment -> fragment.length).sum());
        for (byte[] fragment : fragments) {
            System.arraycopy(fragment, 0, bytes, length, fragment.length);
            length += fragment.length;
        }
        hasChildren = true;
        return this;
    }

    /** An attribute of the element just started; a prefixed name such as {@code xml:lang} is written as given. */
    XmlDocument attribute(String name, String value) {
        markup(" ");
        markup(name);
        markup("=\"");
        escaped(value, ATTRIBUTE_ESCAPES);
        markup("\"");
        return this;
    }

    /** Opens an element; its children go on their own lines until {@link #close()}. */
    XmlDocument open(String name) {
        newLine();
        startTag(name, ">");
        openElements.push(name);
        depth++;
        hasChildren = false;
        return this;
    }

    XmlDocument close() {
        depth--;
        if (hasChildren) {
            newLine();
        }
        endTag(openElements.pop());
        hasChildren = true;
        return this;
    }

    /** An element holding text, {@code <name a="b">value</name>}, with attributes given as name-value pairs. */
    XmlDocument text(String name, String value, String... attributes) {
        newLine();
        startTag(name, ">");
        for (int i = 0; i < attributes.length; i += 2) {
            attribute(attributes[i], attributes[i + 1]);
        }
        endStartTag();
        escaped(value, TEXT_ESCAPES);
        endTag(name);
        hasChildren = true;
        return this;
    }

    /** An element with attributes only; add them with {@link #attribute}. */
    XmlDocument empty(String name) {
        newLine();
        startTag(name, "/>");
        hasChildren = true;
        return this;
    }

    byte[] finish() {
        endStartTag();
        markup("\n");
        while (!openElements.isEmpty()) {
            endTag(openElements.pop());
        }
        markup("\n");
        return Arrays.copyOf(bytes, length);
    }

    private void newLine() {
        endStartTag();
        room(1 + 2 * depth);
        bytes[length++] = '\n';
        Arrays.fill(bytes, length, length + 2 * depth, (byte) ' ');
        length += 2 * depth;
        hasChildren = true;
    }

    private void startTag(String name, String end) {
        endStartTag();
        markup("<");
        markup(name);
        startTagEnd = end;
    }

    /** Ends the start tag being written, if any: anything but an attribute comes after it. */
    private void endStartTag() {
        if (startTagEnd != null) {
            markup(startTagEnd);
            startTagEnd = null;
        }
    }

    private void endTag(String name) {
        endStartTag();
        markup("</");
        markup(name);
        markup(">");
    }

    /** Markup and names, which are ASCII and need no escaping. */
    private void markup(String ascii) {
        room(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            bytes[length++] = (byte) ascii.charAt(i);
        }
    }

    /**
     * A value, escaped with {@code escapes} (for ASCII; {@code null} keeps the character) and as UTF-8, without the
     * characters XML 1.0 forbids (control characters other than tab and line breaks, lone surrogates, U+FFFE and
     * U+FFFF): one of them, such as a form feed pasted into an article, would make the whole feed unreadable to
     * every feed reader. HTML pages keep them; they are harmless there. One pass over a copy of the characters:
     * this runs over every feed entry's full text, and a loop over an array costs the quick JIT tier far less than
     * {@code charAt}.
     */
    private void escaped(String value, byte[][] escapes) {
        int count = value.length();
        for (int start = 0; start < count; ) {
            int end = Math.min(count, start + CHUNK);
            if (end < count && Character.isHighSurrogate(value.charAt(end - 1))) {
                end--; // a pair stays in one chunk
            }
            escapedChunk(value, start, end, escapes);
            start = end;
        }
    }

    /**
     * Characters {@code start} to {@code end} of a value: a chunk at a time, so that the room made for the most
     * bytes they can take stays small (a buffer grown to six times an article's length costs more than the pass).
     */
    private void escapedChunk(String value, int start, int end, byte[][] escapes) {
        int count = end - start;
        value.getChars(start, end, chars, 0);
        room(MOST_BYTES_PER_CHAR * count);
        char[] in = chars;
        byte[] out = bytes;
        int at = length;
        for (int i = 0; i < count; i++) {
            char c = in[i];
            if (c < 0x80) {
                byte[] escape = escapes[c];
                if (escape == null) {
                    out[at++] = (byte) c;
                } else {
                    System.arraycopy(escape, 0, out, at, escape.length);
                    at += escape.length;
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < count && Character.isLowSurrogate(in[i + 1])) {
                    int codePoint = Character.toCodePoint(c, in[++i]);
                    out[at++] = (byte) (0xF0 | codePoint >> 18);
                    out[at++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                    out[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                    out[at++] = (byte) (0x80 | codePoint & 0x3F);
                } // else a lone surrogate, left out
            } else if (c < 0xFFFE) {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } // else U+FFFE or U+FFFF, left out
        }
        length = at;
    }

    /** Per ASCII character, what stands for it in a value: null for itself, nothing for the forbidden ones. */
    private static byte[][] asciiEscapes(boolean inAttribute) {
        byte[][] escapes = new byte[128][];
        for (char c = 0; c < 0x20; c++) {
            escapes[c] = c == '\t' || c == '\n' || c == '\r' ? null : new byte[0];
        }
        escapes['&'] = "&amp;".getBytes(US_ASCII);
        escapes['<'] = "&lt;".getBytes(US_ASCII);
        escapes['>'] = "&gt;".getBytes(US_ASCII);
        if (inAttribute) {
            escapes['"'] = "&quot;".getBytes(US_ASCII);
        }
        return escapes;
    }

    /** Makes room for {@code more} bytes, and a little over: the end tags after a feed's entries. */
    private void room(int more) {
        if (bytes.length - length < more) {
            bytes = Arrays.copyOf(bytes, Math.max(length + more + SLACK, 2 * bytes.length));
        }
    }
}
