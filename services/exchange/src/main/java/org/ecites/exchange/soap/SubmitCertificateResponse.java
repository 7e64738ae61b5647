package org.ecites.exchange.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** The receipt the partner keeps; {@code Duplicate} when the same document and version came before. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SubmitCitesCertificateResponse", propOrder = {"receiptId", "version", "duplicate"})
public class SubmitCertificateResponse {

    @XmlElement(name = "ReceiptId", required = true)
    public String receiptId;
    @XmlElement(name = "Version", required = true)
    public String version;
    @XmlElement(name = "Duplicate")
    public boolean duplicate;

    public SubmitCertificateResponse() {
    }

    public SubmitCertificateResponse(String receiptId, String version, boolean duplicate) {
        this.receiptId = receiptId;
        this.version = version;
        this.duplicate = duplicate;
    }
}
