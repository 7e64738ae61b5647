package org.ecites.signing.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One line item of an import clearance, as the status behind a QR code shows it. */
@Entity
@Table(name = "permit_clearance")
public class PermitClearance extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "clearance_id")
    public UUID clearanceId;
    @Column(name = "permit_id")
    public UUID permitId;
    @Column(name = "item_id")
    public String itemId;
    public BigDecimal quantity;
    @Column(name = "arrived_on")
    public LocalDate arrivedOn;
    public String port;
}
