package org.ecites.exchange.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ServiceStateResponse")
public class ServiceStateResponse {

    /** {@code Available} when the service and its database answer. */
    @XmlElement(name = "State")
    public String state;

    public ServiceStateResponse() {
    }

    public ServiceStateResponse(String state) {
        this.state = state;
    }
}
