package org.ecites.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Parses messages from outside as data only: a document type declaration is refused outright, so no entity
 * (internal, external or nested) is ever declared, let alone expanded, and nothing is fetched.
 */
final class XmlSafety {

    /** A permit with a hundred blocks and its signature fits many times over. */
    static final int MAX_BYTES = 1 << 20;

    private static final DocumentBuilderFactory FACTORY = factory();
    /**
     * Making a builder costs about as much as an ECDSA signature (the factory re-reads its security limits),
     * so each thread keeps one and resets it after use; the factory itself is not thread-safe.
     */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(XmlSafety::newBuilder);
    /** Stateless and shared: a new document needs no parser. */
    private static final DOMImplementation DOCUMENTS = BUILDERS.get().getDOMImplementation();

    private XmlSafety() {
    }

    static Document parse(byte[] xml) {
        if (xml.length > MAX_BYTES) {
            throw new PermitXmlException(PermitXmlException.Reason.TOO_LARGE,
                    "the message has " + xml.length + " bytes; at most " + MAX_BYTES + " are taken");
        }
        DocumentBuilder builder = BUILDERS.get();
        try {
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw new PermitXmlException(PermitXmlException.Reason.MALFORMED,
                    "not well-formed XML, or XML with a DOCTYPE: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("the message could not be read", e);
        } finally {
            builder.reset();
        }
    }

    /** An empty namespace-aware document, for the message we write. */
    static Document newDocument() {
        return DOCUMENTS.createDocument(null, null, null);
    }

    private static DocumentBuilder newBuilder() {
        try {
            synchronized (FACTORY) {
                return FACTORY.newDocumentBuilder();
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser could not be set up", e);
        }
    }

    private static DocumentBuilderFactory factory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a secure setting", e);
        }
    }
}
