package org.ecites.customs.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the importing Party's customs saw arrive on a document (Art. VI.6): the document is used from then on. */
@Entity
@Table(name = "clearance")
public class Clearance extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "permit_id")
    public UUID permitId;
    @Column(name = "importer_party")
    public String importerParty;
    public String port;
    @Column(name = "arrived_on")
    public LocalDate arrivedOn;
    @Column(name = "import_permit_number")
    public String importPermitNumber;
    @Column(name = "customs_declaration")
    public String customsDeclaration;
    public String officer;
    /** One discrepancy per line; empty when what arrived is what was permitted and exported. */
    public String discrepancies;
    @Column(name = "created_at")
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cleared_quantity", joinColumns = @JoinColumn(name = "clearance_id"))
    public List<Endorsement.Quantity> quantities = new ArrayList<>();

    public static Optional<Clearance> ofPermit(UUID permitId) {
        return find("permitId", permitId).firstResultOptional();
    }

    public List<String> discrepancyList() {
        return discrepancies.isEmpty() ? List.of() : List.of(discrepancies.split("\n"));
    }
}
