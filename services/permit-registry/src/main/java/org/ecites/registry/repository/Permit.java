package org.ecites.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ecites.events.CodeNames;
import org.ecites.events.DocumentType;
import org.ecites.events.EventJson;
import org.ecites.events.PermitDocument;
import org.hibernate.annotations.DynamicUpdate;

/** Updates write only the changed columns: a status change does not store the application again. */
@DynamicUpdate
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
    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "exporter_name"))
    @AttributeOverride(name = "address", column = @Column(name = "exporter_address"))
    @AttributeOverride(name = "country", column = @Column(name = "exporter_party"))
    public TradePartyColumns exporter;
    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "importer_name"))
    @AttributeOverride(name = "address", column = @Column(name = "importer_address"))
    @AttributeOverride(name = "country", column = @Column(name = "importer_party"))
    public TradePartyColumns importer;
    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "authority_name"))
    @AttributeOverride(name = "address", column = @Column(name = "authority_address"))
    @AttributeOverride(name = "country", column = @Column(name = "authority_country"))
    public TradePartyColumns issuingAuthority;
    @Column(nullable = false)
    public String purpose;
    @Column(name = "special_conditions")
    public String specialConditions;
    @Column(name = "import_permit_number")
    public String importPermitNumber;
    @Column(name = "place_of_issue")
    public String placeOfIssue;
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
    @Column(name = "status_reason")
    public String statusReason;
    @Column(name = "replaces_id")
    public UUID replacesId;
    /** The applicant's request as submitted, issued as it stands once reviewed. */
    public String application;
    @Column(name = "applied_by")
    public String appliedBy;
    @Column(name = "applied_at")
    public Instant appliedAt;
    /** {@link CodeNames} as JSON: the names of the document's codes in the code lists in force at its issue. */
    @Column(name = "code_names")
    public String codeNames;
    @Version
    public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "permit_line_item", joinColumns = @JoinColumn(name = "permit_id"))
    @OrderBy("itemId")
    public List<PermitLineItem> lineItems = new ArrayList<>();

    public static Optional<Permit> findByNumber(String tenant, String permitNumber) {
        return find("tenant = ?1 and permitNumber = ?2", tenant, permitNumber).firstResultOptional();
    }

    /** The Party's document by id, locked: changes to one document are made one after the other. */
    public static Optional<Permit> lockById(String tenant, UUID id) {
        return find("tenant = ?1 and id = ?2", tenant, id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** A new entity for the document; the findings of each block are the MA's own records. */
    public static Permit of(PermitDocument document, String issuedBy, List<Findings> findings) {
        Permit permit = new Permit();
        permit.id = document.permitId();
        permit.fill(document, issuedBy, findings);
        return permit;
    }

    /** Writes every box of the document into this entity, as when an application is issued. */
    public void fill(PermitDocument document, String issuedBy, List<Findings> findings) {
        tenant = document.issuingParty();
        permitNumber = document.permitNumber();
        documentType = document.documentType();
        exporter = TradePartyColumns.of(document.exporter());
        importer = TradePartyColumns.of(document.importer());
        issuingAuthority = document.issuingAuthority() == null ? null
                : TradePartyColumns.of(document.issuingAuthority());
        purpose = document.purpose();
        specialConditions = document.specialConditions();
        importPermitNumber = document.importPermitNumber();
        placeOfIssue = document.placeOfIssue();
        validFrom = document.validFrom();
        validUntil = document.validUntil();
        issuedAt = document.issuedAt();
        this.issuedBy = issuedBy;
        codeNames = document.codeNames() == null ? null : EventJson.encode(document.codeNames());
        lineItems.clear();
        for (int i = 0; i < document.lineItems().size(); i++) {
            lineItems.add(PermitLineItem.of(document.lineItems().get(i), findings.get(i)));
        }
    }

    public PermitDocument toDocument() {
        return new PermitDocument(id, permitNumber, documentType, tenant, exporter.country, importer.country,
                exporter.toTradeParty(), importer.toTradeParty(),
                issuingAuthority == null ? null : issuingAuthority.toTradeParty(), purpose, specialConditions, importPermitNumber,
                validFrom, validUntil, issuedAt, placeOfIssue, lineItems.stream().map(PermitLineItem::toLineItem).toList(),
                codeNames == null ? null : EventJson.decode(codeNames, CodeNames.class));
    }
}
