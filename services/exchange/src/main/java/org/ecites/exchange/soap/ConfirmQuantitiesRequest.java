package org.ecites.exchange.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Which document (as for fetching it), and the quantities the importing side inspected per line item. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ConfirmQuantitiesRequest", propOrder = {"confirmedQuantities"})
public class ConfirmQuantitiesRequest extends CertificateRequest {

    @XmlElementWrapper(name = "ConfirmedQuantities", required = true)
    @XmlElement(name = "CitesPosition")
    public List<CitesPosition> confirmedQuantities = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "CitesPosition", propOrder = {"id", "inspectedUnitQuantity"})
    public static class CitesPosition {

        @XmlElement(name = "ID", required = true)
        public String id;
        @XmlElement(name = "InspectedUnitQuantity", required = true)
        public BigDecimal inspectedUnitQuantity;

        public CitesPosition() {
        }

        public CitesPosition(String id, BigDecimal inspectedUnitQuantity) {
            this.id = id;
            this.inspectedUnitQuantity = inspectedUnitQuantity;
        }
    }
}
