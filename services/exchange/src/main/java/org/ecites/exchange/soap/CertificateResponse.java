package org.ecites.exchange.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import org.w3c.dom.Element;

/**
 * The document as the issuing Party signed it: the CITESEPermit element of {@code api-specs/xml}, carried
 * as it was signed so that its XML signature still verifies; {@code Composite} is false (one document).
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CertificateResponse", propOrder = {"citesePermit", "composite"})
public class CertificateResponse {

    @XmlAnyElement
    public Element citesePermit;
    @XmlElement(name = "Composite")
    public boolean composite;

    public CertificateResponse() {
    }

    public CertificateResponse(Element citesePermit) {
        this.citesePermit = citesePermit;
    }
}
