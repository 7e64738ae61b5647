package org.ecites.exchange.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Which document: its number, the security code printed on it ({@code TokenId}) and the ISO code of the
 * Party that issued it.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CertificateRequest", propOrder = {"certificateNumber", "tokenId", "isoCountryCode"})
public class CertificateRequest {

    @XmlElement(name = "CertificateNumber", required = true)
    public String certificateNumber;
    @XmlElement(name = "TokenId")
    public String tokenId;
    @XmlElement(name = "IsoCountryCode", required = true)
    public String isoCountryCode;

    public CertificateRequest() {
    }

    public CertificateRequest(String certificateNumber, String tokenId, String isoCountryCode) {
        this.certificateNumber = certificateNumber;
        this.tokenId = tokenId;
        this.isoCountryCode = isoCountryCode;
    }
}
