package org.ecites.signing.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One line item of a customs endorsement (box 14), as the status behind a QR code shows it. */
@Entity
@Table(name = "permit_endorsement")
public class PermitEndorsement extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "endorsement_id")
    public UUID endorsementId;
    @Column(name = "item_id")
    public String itemId;
    @Column(name = "permit_id")
    public UUID permitId;
    public BigDecimal quantity;
    @Column(name = "endorsed_on")
    public LocalDate endorsedOn;
    public String port;
}
