package dev.byline.feed;

import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML file written with the JDK's XML writer (so every value is escaped by construction), one element a line and
 * indented, so that people who open a feed or sitemap can read it. In memory, hence no checked exceptions.
 */
final class XmlDocument {

    // the JDK's own writer, without the service look-up newFactory() does on every start (tens of ms)
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter xml;
    private int depth;
    private boolean hasChildren;

    /** Starts the document with its root element in {@code namespace}. */
    XmlDocument(String root, String namespace) {
        try {
            xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(namespace);
            depth = 1;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private XmlDocument(int depth) {
        try {
            xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
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
        run(xml::flush);
        return bytes.toByteArray();
    }

    /** Puts a fragment's bytes here, as written. */
    XmlDocument insert(byte[] fragment) {
        run(xml::flush);
        bytes.writeBytes(fragment);
        hasChildren = true;
        return this;
    }

    XmlDocument attribute(String name, String value) {
        run(() -> xml.writeAttribute(name, xmlCharacters(value)));
        return this;
    }

    XmlDocument attribute(String prefix, String namespace, String name, String value) {
        run(() -> xml.writeAttribute(prefix, namespace, name, xmlCharacters(value)));
        return this;
    }

    /** Opens an element; its children go on their own lines until {@link #close()}. */
    XmlDocument open(String name) {
        newLine();
        run(() -> xml.writeStartElement(name));
        depth++;
        hasChildren = false;
        return this;
    }

    XmlDocument close() {
        depth--;
        if (hasChildren) {
            newLine();
        }
        run(xml::writeEndElement);
        hasChildren = true;
        return this;
    }

    /** An element holding text, {@code <name a="b">value</name>}, with attributes given as name-value pairs. */
    XmlDocument text(String name, String value, String... attributes) {
        newLine();
        run(() -> {
            xml.writeStartElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], xmlCharacters(attributes[i + 1]));
            }
            xml.writeCharacters(xmlCharacters(value));
            xml.writeEndElement();
        });
        hasChildren = true;
        return this;
    }

    /** An element with attributes only; add them with {@link #attribute}. */
    XmlDocument empty(String name) {
        newLine();
        run(() -> xml.writeEmptyElement(name));
        hasChildren = true;
        return this;
    }

    byte[] finish() {
        run(() -> {
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.close();
        });
        return bytes.toByteArray();
    }

    /**
     * The text without the characters XML 1.0 forbids (control characters other than tab and line breaks, lone
     * surrogates, U+FFFE and U+FFFF): one of them, such as a form feed pasted into an article, would make the whole
     * feed unreadable to every feed reader. HTML pages keep them; they are harmless there.
     */
    static String xmlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!allowed(text, i)) {
                StringBuilder kept = new StringBuilder(text.length());
                text.codePoints().filter(XmlDocument::allowedCodePoint).forEach(kept::appendCodePoint);
                return kept.toString();
            }
        }
        return text;
    }

    private static boolean allowed(String text, int index) {
        char c = text.charAt(index);
        if (c >= 0x20 && c < 0xD800) {
            return true; // nearly every character: decided by one comparison
        }
        if (Character.isHighSurrogate(c)) {
            return index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return index > 0 && Character.isHighSurrogate(text.charAt(index - 1));
        }
        return allowedCodePoint(c);
    }

    private static boolean allowedCodePoint(int c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800 || c > 0xDFFF && c < 0xFFFE
                || c >= 0x10000;
    }

    private void newLine() {
        run(() -> xml.writeCharacters("\n" + "  ".repeat(depth)));
        hasChildren = true;
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }

    private static void run(XmlStep step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML into memory cannot fail", e);
        }
    }
}
