package org.ecites.exchange.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.ws.WebFault;
import org.ecites.exchange.service.EpixFaultCode;

/** A refusal in the protocol's own terms: {@code CertificateMissing}, {@code CallerNotFound}, ... */
@WebFault(name = "CitesDataExchangeFault", targetNamespace = CitesDataExchange.NAMESPACE)
public class CitesDataExchangeFault extends Exception {

    private final Detail faultInfo;

    public CitesDataExchangeFault(String message, Detail faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public CitesDataExchangeFault(EpixFaultCode code, String message) {
        this(code + ": " + message, new Detail(code.name(), message));
    }

    public Detail getFaultInfo() {
        return faultInfo;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "CitesDataExchangeFaultDetail", propOrder = {"code", "message"})
    public static class Detail {

        @XmlElement(name = "Code", required = true)
        public String code;
        @XmlElement(name = "Message")
        public String message;

        public Detail() {
        }

        public Detail(String code, String message) {
            this.code = code;
            this.message = message;
        }
    }
}
