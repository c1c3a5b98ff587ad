package org.lumbarguide.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An Infobutton knowledge response: an Atom 1.0 feed (RFC 4287) laid out element for element as MedlinePlus
 * Connect lays out its own ({@code xml:base}, {@code xml:lang}, title, subtitle, author, updated, one category
 * per request parameter, id, and per topic an entry with title, an alternate link, id, updated and an HTML
 * summary), and the same feed in MedlinePlus Connect's JSON form: one object per element, attributes as
 * members (without their {@code xml:}/{@code xmlns:} prefix), text as {@code _value}, repeated elements
 * ({@code category}, {@code entry}, {@code link}) as arrays.
 * <p>
 * Two places where MedlinePlus Connect's own feed is not valid Atom are written validly here: the feed's
 * {@code id} is never empty (Atom requires an IRI: this request's own address) and a link's {@code type} is a
 * media type ({@code text/html}, not {@code html}). Both are written by StAX and Jackson, never by joining strings.
 */
record InfobuttonFeed(String base, String language, String title, String subtitle, String authorName,
                      String authorUri, String updated, List<Category> categories, String id, List<Entry> entries) {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Category(String scheme, String term) {
    }

    record Entry(String language, String title, String href, String id, String updated, String summaryHtml) {
    }

    byte[] toXml() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute("xml", XML_NS, "base", base + "/");
            xml.writeAttribute("xml", XML_NS, "lang", language);
            text(xml, 1, "title", title, "text");
            text(xml, 1, "subtitle", subtitle, "text");
            indent(xml, 1);
            xml.writeStartElement(ATOM, "author");
            text(xml, 2, "name", authorName, null);
            text(xml, 2, "uri", authorUri, null);
            indent(xml, 1);
            xml.writeEndElement();
            text(xml, 1, "updated", updated, null);
            for (Category category : categories) {
                indent(xml, 1);
                xml.writeEmptyElement(ATOM, "category");
                xml.writeAttribute("scheme", category.scheme());
                xml.writeAttribute("term", category.term());
            }
            text(xml, 1, "id", id, null);
            for (Entry entry : entries) {
                indent(xml, 1);
                xml.writeStartElement(ATOM, "entry");
                xml.writeAttribute("xml", XML_NS, "lang", entry.language());
                text(xml, 2, "title", entry.title(), "text");
                indent(xml, 2);
                xml.writeEmptyElement(ATOM, "link");
                xml.writeAttribute("title", entry.title());
                xml.writeAttribute("rel", "alternate");
                xml.writeAttribute("type", "text/html");
                xml.writeAttribute("hreflang", entry.language());
                xml.writeAttribute("href", entry.href());
                text(xml, 2, "id", entry.id(), null);
                text(xml, 2, "updated", entry.updated(), null);
                text(xml, 2, "summary", entry.summaryHtml(), "html");
                indent(xml, 1);
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the Infobutton feed", e);
        }
        return out.toByteArray();
    }

    byte[] toJson() {
        JsonNodeFactory nodes = JSON.getNodeFactory();
        ObjectNode feed = nodes.objectNode();
        feed.put("xsi", XSI);
        feed.put("base", base + "/");
        feed.put("lang", language);
        feed.set("title", value(nodes, title, "text"));
        feed.set("subtitle", value(nodes, subtitle, "text"));
        ObjectNode author = feed.putObject("author");
        author.set("name", value(nodes, authorName, null));
        author.set("uri", value(nodes, authorUri, null));
        feed.set("updated", value(nodes, updated, null));
        ArrayNode categoryList = feed.putArray("category");
        for (Category category : categories) {
            categoryList.addObject().put("scheme", category.scheme()).put("term", category.term());
        }
        feed.set("id", value(nodes, id, null));
        ArrayNode entryList = feed.putArray("entry");
        for (Entry entry : entries) {
            ObjectNode item = entryList.addObject();
            item.put("lang", entry.language());
            item.set("title", value(nodes, entry.title(), "text"));
            item.putArray("link").addObject().put("title", entry.title()).put("rel", "alternate")
                    .put("type", "text/html").put("hreflang", entry.language()).put("href", entry.href());
            item.set("id", value(nodes, entry.id(), null));
            item.set("updated", value(nodes, entry.updated(), null));
            item.set("summary", value(nodes, entry.summaryHtml(), "html"));
        }
        ObjectNode root = nodes.objectNode();
        root.set("feed", feed);
        return JSON.writeValueAsBytes(root);
    }

    private static ObjectNode value(JsonNodeFactory nodes, String text, String type) {
        ObjectNode node = nodes.objectNode().put("_value", text);
        if (type != null) {
            node.put("type", type);
        }
        return node;
    }

    private static void text(XMLStreamWriter xml, int depth, String name, String text, String type)
            throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement(ATOM, name);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** The feed's text as the wire carries it (tests read it). */
    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
