package org.lumbarguide.api;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import nu.validator.vendor.thaiopensource.util.PropertyMapBuilder;
import nu.validator.vendor.thaiopensource.validate.ValidateProperty;
import nu.validator.vendor.thaiopensource.validate.ValidationDriver;
import nu.validator.vendor.thaiopensource.validate.rng.CompactSchemaReader;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Checks a feed against Atom 1.0: RFC 4287's RELAX NG grammar (Appendix B, {@code infobutton/atom.rnc}), validated
 * by Jing (as the Nu HTML Checker ships it), and the grammar's two Schematron rules by hand (an author for every
 * entry, through the feed or its own; an alternate link or content on every entry).
 */
final class InfobuttonAtom {

    private InfobuttonAtom() {
    }

    /** The problems found; empty when the feed is valid Atom. */
    static List<String> problems(byte[] feed) throws Exception {
        List<String> problems = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        InputSource schema = new InputSource(InfobuttonAtom.class.getResource("/infobutton/atom.rnc").toString());
        if (!driver.loadSchema(schema)) {
            throw new IllegalStateException("atom.rnc did not load: " + problems);
        }
        driver.validate(new InputSource(new ByteArrayInputStream(feed)));

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed));
        Element root = document.getDocumentElement();
        boolean feedAuthor = children(root, "author").size() > 0;
        for (Element entry : children(root, "entry")) {
            if (!feedAuthor && children(entry, "author").isEmpty()) {
                problems.add("an entry has no author and neither has the feed");
            }
            boolean alternate = children(entry, "link").stream()
                    .anyMatch(link -> !link.hasAttribute("rel") || "alternate".equals(link.getAttribute("rel")));
            if (!alternate && children(entry, "content").isEmpty()) {
                problems.add("an entry has neither an alternate link nor content");
            }
        }
        return problems;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && InfobuttonFeed.ATOM.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
