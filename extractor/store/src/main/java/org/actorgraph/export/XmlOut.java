package org.actorgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A thin indenting wrapper over {@link XMLStreamWriter} for the XML writers. */
final class XmlOut {

  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private final XMLStreamWriter xml;
  private int depth;

  XmlOut(OutputStream out) throws IOException {
    try {
      this.xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** The writer underneath, for namespaces and the document start. */
  XMLStreamWriter xml() {
    return xml;
  }

  /**
   * Starts the document with its root element in the default namespace {@code ns}, pointing {@code
   * xsi:schemaLocation} at {@code schema}.
   */
  void startDocument(String root, String ns, String schema) throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    xml.setDefaultNamespace(ns);
    start(root);
    xml.writeDefaultNamespace(ns);
    xml.writeNamespace("xsi", XSI);
    xml.writeAttribute(XSI, "schemaLocation", ns + " " + schema);
  }

  /** Opens an element on a new, indented line. */
  void start(String name) throws XMLStreamException {
    newline();
    xml.writeStartElement(name);
    depth++;
  }

  /** An empty element on a new, indented line; attributes follow with {@link #attr}. */
  void empty(String name) throws XMLStreamException {
    newline();
    xml.writeEmptyElement(name);
  }

  /** An element holding only text, on its own line, with attributes given as name, value, ... */
  void text(String name, String text, String... attributes) throws XMLStreamException {
    newline();
    xml.writeStartElement(name);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      xml.writeAttribute(attributes[i], attributes[i + 1]);
    }
    xml.writeCharacters(clean(text));
    xml.writeEndElement();
  }

  void attr(String name, String value) throws XMLStreamException {
    xml.writeAttribute(name, clean(value));
  }

  /**
   * {@code s} without the characters XML 1.0 cannot hold (control characters other than tab and
   * line breaks, unpaired surrogates, U+FFFE and U+FFFF), which the stream writer would otherwise
   * write as they are, making the document unreadable.
   */
  static String clean(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (ok) {
          if (out != null) {
            out.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        ok =
            (c >= 0x20 && !Character.isLowSurrogate(c) && c != 0xFFFE && c != 0xFFFF)
                || c == '\t'
                || c == '\n'
                || c == '\r';
      }
      if (!ok && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      } else if (ok && out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  /** Closes the innermost open element; on its own line if it has child elements. */
  void end(boolean hadChildren) throws XMLStreamException {
    depth--;
    if (hadChildren) {
      newline();
    }
    xml.writeEndElement();
  }

  void finish() throws XMLStreamException {
    xml.writeCharacters("\n");
    xml.writeEndDocument();
    xml.flush();
  }

  private void newline() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }
}
