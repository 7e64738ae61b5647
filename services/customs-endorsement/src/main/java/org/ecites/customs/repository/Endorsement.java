package org.ecites.customs.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "endorsement")
public class Endorsement extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "permit_id")
    public UUID permitId;
    public String port;
    @Column(name = "transport_document")
    public String transportDocument;
    @Column(name = "customs_declaration")
    public String customsDeclaration;
    @Column(name = "endorsed_on")
    public LocalDate endorsedOn;
    public String officer;
    @Column(name = "created_at")
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "endorsed_quantity", joinColumns = @JoinColumn(name = "endorsement_id"))
    public List<Quantity> quantities = new ArrayList<>();

    @Embeddable
    public static class Quantity {
        @Column(name = "item_id")
        public String itemId;
        public BigDecimal quantity;

        public Quantity() {
        }

        public Quantity(String itemId, BigDecimal quantity) {
            this.itemId = itemId;
            this.quantity = quantity;
        }
    }
}
