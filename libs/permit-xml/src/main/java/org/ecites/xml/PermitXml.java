package org.ecites.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.ecites.xml.cefact.rsm.CITESEPermitType;
import org.ecites.xml.cefact.rsm.ObjectFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The CITESEPermit message both ways. Every message written or read is validated against the schema in
 * {@code api-specs/xml}; reading refuses DTDs and oversized input before anything else.
 */
public final class PermitXml {

    public static final String RSM = "urn:un:unece:uncefact:data:standard:CITESEPermit:2";
    public static final String RAM = "urn:un:unece:uncefact:data:draft:ReusableAggregateBusinessInformationEntity:1";

    private static final JAXBContext CONTEXT = context();
    private static final Schema SCHEMA = schema();
    private static final ObjectFactory ROOTS = new ObjectFactory();
    /** Looked up once, not for every message; the factory is not thread-safe. */
    private static final TransformerFactory TRANSFORMERS = TransformerFactory.newInstance();
    /**
     * Validators and serialisers cost more to make than to run on a permit (issue 14's profile of signing),
     * so each thread keeps its own; neither is thread-safe. Neither is reset() between messages: each run
     * starts afresh anyway, and reset() would drop the settings made here.
     */
    private static final ThreadLocal<Validator> VALIDATORS = ThreadLocal.withInitial(PermitXml::newValidator);
    private static final ThreadLocal<Transformer> SERIALISERS = ThreadLocal.withInitial(PermitXml::newSerialiser);

    private PermitXml() {
    }

    /** The message signed by the issuing Party's key, the certificate chain (signer first) in KeyInfo. */
    public static byte[] writeSigned(PermitMessage message, PrivateKey key, List<X509Certificate> chain) {
        Document document = toDom(message);
        validate(document);
        XmlSignatures.sign(document, key, chain);
        return serialise(document);
    }

    /** Reads a signed message; the certificates it was signed with are for the caller to check against the trust list. */
    public static SignedPermitMessage readSigned(byte[] xml) {
        Document document = XmlSafety.parse(xml);
        validate(document);
        List<X509Certificate> chain = XmlSignatures.verify(document);
        return new SignedPermitMessage(read(document), chain);
    }

    /** Checks bytes against the schema only: for an answer that may not be signed by us (EPIX responses). */
    public static void validate(byte[] xml) {
        validate(XmlSafety.parse(xml));
    }

    /** A message we signed, parsed safely, for carrying unchanged inside another document (a SOAP answer). */
    public static Element element(byte[] xml) {
        return XmlSafety.parse(xml).getDocumentElement();
    }

    /**
     * A message carried inside another document (a SOAP request) as bytes of its own, for {@link #readSigned}:
     * exclusive canonicalisation makes its signature independent of the envelope around it.
     */
    public static byte[] bytesOf(Element carried) {
        Document document = XmlSafety.newDocument();
        document.appendChild(document.importNode(carried, true));
        return serialise(document);
    }

    private static PermitMessage read(Document document) {
        try {
            JAXBElement<CITESEPermitType> root = CONTEXT.createUnmarshaller().unmarshal(document, CITESEPermitType.class);
            return PermitXmlReader.read(root.getValue());
        } catch (JAXBException e) {
            throw new PermitXmlException(PermitXmlException.Reason.INVALID, "not a CITESEPermit: " + e.getMessage(), e);
        }
    }

    private static Document toDom(PermitMessage message) {
        try {
            Document document = XmlSafety.newDocument();
            Marshaller marshaller = CONTEXT.createMarshaller();
            marshaller.setProperty("org.glassfish.jaxb.namespacePrefixMapper", new CefactPrefixes());
            marshaller.marshal(ROOTS.createCITESEPermit(PermitXmlWriter.write(message)), document);
            return document;
        } catch (JAXBException e) {
            throw new IllegalStateException("the message could not be written", e);
        }
    }

    private static void validate(Document document) {
        Validator validator = VALIDATORS.get();
        try {
            validator.validate(new DOMSource(document));
        } catch (SAXException e) {
            throw new PermitXmlException(PermitXmlException.Reason.INVALID,
                    "not a CITESEPermit as api-specs/xml/CITESEPermit_2.xsd describes it: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("the schema could not be read", e);
        }
    }

    private static byte[] serialise(Document document) {
        Transformer serialiser = SERIALISERS.get();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            serialiser.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("the message could not be serialised", e);
        }
    }

    private static Validator newValidator() {
        try {
            Validator validator = SCHEMA.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return validator;
        } catch (SAXException e) {
            throw new IllegalStateException("the JDK's schema validator lacks a secure setting", e);
        }
    }

    private static Transformer newSerialiser() {
        try {
            Transformer transformer;
            synchronized (TRANSFORMERS) {
                transformer = TRANSFORMERS.newTransformer();
            }
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            return transformer;
        } catch (TransformerException e) {
            throw new IllegalStateException("the XML serialiser could not be set up", e);
        }
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(CITESEPermitType.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("the CITESEPermit binding is broken", e);
        }
    }

    private static Schema schema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // Our own schema imports its sibling from the same jar or folder, nothing else.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
            return factory.newSchema(PermitXml.class.getResource("schema/CITESEPermit_2.xsd"));
        } catch (SAXException e) {
            throw new IllegalStateException("the CITESEPermit schema is broken", e);
        }
    }
}
