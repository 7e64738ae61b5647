package org.ecites.exchange.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlType;
import org.w3c.dom.Element;

/** A signed CITESEPermit element (api-specs/xml) for one of our Parties, carried as its issuing Party signed it. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SubmitCitesCertificateRequest", propOrder = {"citesePermit"})
public class SubmitCertificateRequest {

    @XmlAnyElement
    public Element citesePermit;
}
