package org.ecites.exchange.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlMimeType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The document as the issuing Party signed it: the CITESEPermit element of {@code api-specs/xml}, carried
 * as it was signed so that its XML signature still verifies; the printable permit with its QR code among
 * the {@code Attachments}, as EPIX answers carry one; {@code Composite} is false (one document).
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CertificateResponse", propOrder = {"citesePermit", "attachments", "composite"})
public class CertificateResponse {

    @XmlAnyElement
    public Element citesePermit;
    @XmlElementWrapper(name = "Attachments")
    @XmlElement(name = "Attachment")
    public List<Attachment> attachments = new ArrayList<>();
    @XmlElement(name = "Composite")
    public boolean composite;

    public CertificateResponse() {
    }

    public CertificateResponse(Element citesePermit, List<Attachment> attachments) {
        this.citesePermit = citesePermit;
        this.attachments = new ArrayList<>(attachments);
    }

    /** A file that travels with the document: its name and content (base64, or an MTOM part). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Attachment", propOrder = {"attachmentName", "attachmentContent"})
    public static class Attachment {

        @XmlElement(name = "AttachmentName", required = true)
        public String attachmentName;
        @XmlElement(name = "AttachmentContent", required = true)
        @XmlMimeType("application/pdf")
        public byte[] attachmentContent;

        public Attachment() {
        }

        public Attachment(String attachmentName, byte[] attachmentContent) {
            this.attachmentName = attachmentName;
            this.attachmentContent = attachmentContent;
        }
    }
}
