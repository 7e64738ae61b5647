package org.ecites.exchange.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ConfirmQuantitiesResponse")
public class ConfirmQuantitiesResponse {

    @XmlElement(name = "Confirmed")
    public boolean confirmed;

    public ConfirmQuantitiesResponse() {
    }

    public ConfirmQuantitiesResponse(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
