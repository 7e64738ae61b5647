package org.ecites.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ecites.events.DocumentType;
import org.ecites.events.PermitDocument;

@Entity
@Table(name = "permit")
public class Permit extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(length = 2, nullable = false)
    public String tenant;
    @Column(name = "permit_number", nullable = false)
    public String permitNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    public DocumentType documentType;
    @Column(name = "importer_party", nullable = false)
    public String importerParty;
    @Column(nullable = false)
    public String purpose;
    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;
    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;
    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;
    @Column(name = "issued_by", nullable = false)
    public String issuedBy;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PermitStatus status;
    @Version
    public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "permit_line_item", joinColumns = @JoinColumn(name = "permit_id"))
    @OrderBy("itemId")
    public List<PermitLineItem> lineItems = new ArrayList<>();

    public static Optional<Permit> findByNumber(String tenant, String permitNumber) {
        return find("tenant = ?1 and permitNumber = ?2", tenant, permitNumber).firstResultOptional();
    }

    public static Permit of(PermitDocument document, String issuedBy) {
        Permit permit = new Permit();
        permit.id = document.permitId();
        permit.tenant = document.exporterParty();
        permit.permitNumber = document.permitNumber();
        permit.documentType = document.documentType();
        permit.importerParty = document.importerParty();
        permit.purpose = document.purpose();
        permit.validFrom = document.validFrom();
        permit.validUntil = document.validUntil();
        permit.issuedAt = document.issuedAt();
        permit.issuedBy = issuedBy;
        permit.status = PermitStatus.ISSUED;
        document.lineItems().forEach(item -> permit.lineItems.add(PermitLineItem.of(item)));
        return permit;
    }

    public PermitDocument toDocument() {
        return new PermitDocument(id, permitNumber, documentType, tenant, importerParty, purpose, validFrom,
                validUntil, issuedAt, lineItems.stream().map(PermitLineItem::toLineItem).toList());
    }
}
