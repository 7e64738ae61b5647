package org.ecites.customs.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;
import org.ecites.events.EventJson;
import org.ecites.events.PermitDocument;
import org.hibernate.annotations.DynamicUpdate;

/** Updates write only the changed columns: a status change does not store the document and seal again. */
@DynamicUpdate
@Entity
@Table(name = "endorsable_permit")
public class EndorsablePermit extends PanacheEntityBase {

    @Id
    @Column(name = "permit_id")
    public UUID permitId;
    @Column(name = "permit_number")
    public String permitNumber;
    @Column(name = "exporter_party")
    public String exporterParty;
    @Column(name = "importer_party")
    public String importerParty;
    public String document;
    /** The seal signing published with the document, as printed in its QR code; null for documents signed before it was kept. */
    public String seal;
    @Enumerated(EnumType.STRING)
    public EndorsementStatus status;
    /** The partner system that sent the document for a Party not hosted here; null for our Parties' documents. */
    public String partner;

    /** A document as customs keeps it; it must be persisted by the caller. */
    public static EndorsablePermit of(PermitDocument permit, String seal, EndorsementStatus status) {
        EndorsablePermit endorsable = new EndorsablePermit();
        endorsable.permitId = permit.permitId();
        endorsable.permitNumber = permit.permitNumber();
        endorsable.exporterParty = permit.exporterParty();
        endorsable.importerParty = permit.importerParty();
        endorsable.document = EventJson.encode(permit);
        endorsable.seal = seal;
        endorsable.status = status;
        return endorsable;
    }

    /** Locks the row: two officers endorsing the same permit at once are served one after the other. */
    public static Optional<EndorsablePermit> lockByNumber(String exporterParty, String permitNumber) {
        return find("exporterParty = ?1 and permitNumber = ?2", exporterParty, permitNumber)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The Party's document whose published seal is exactly the one presented. */
    public static Optional<EndorsablePermit> bySeal(String exporterParty, String seal) {
        return find("exporterParty = ?1 and seal = ?2", exporterParty, seal).firstResultOptional();
    }

    /** Whoever issued it: only for a scope that sees every Party, which answers a seal with no more than it shows. */
    public static Optional<EndorsablePermit> bySealOfAnyParty(String seal) {
        return find("seal", seal).firstResultOptional();
    }

    /** By the Party that issued it; row-level security answers only to the two Parties of the trade. */
    public static Optional<EndorsablePermit> byNumber(String exporterParty, String permitNumber) {
        return find("exporterParty = ?1 and permitNumber = ?2", exporterParty, permitNumber).firstResultOptional();
    }

    /** A document addressed to the importing Party, by its number and the Party that issued it. */
    public static Optional<EndorsablePermit> forImporter(String importerParty, String exporterParty, String permitNumber) {
        return find("importerParty = ?1 and exporterParty = ?2 and permitNumber = ?3", importerParty, exporterParty,
                permitNumber).firstResultOptional();
    }

    public PermitDocument permit() {
        return EventJson.decode(document, PermitDocument.class);
    }
}
