package org.ecites.customs.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Goods that arrived with a document at a Party it is not addressed to. */
@Entity
@Table(name = "misdirected_arrival")
public class MisdirectedArrival extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "permit_id")
    public UUID permitId;
    @Column(name = "permit_number")
    public String permitNumber;
    @Column(name = "exporter_party")
    public String exporterParty;
    @Column(name = "importer_party")
    public String importerParty;
    @Column(name = "arrival_party")
    public String arrivalParty;
    public String port;
    @Column(name = "arrived_on")
    public LocalDate arrivedOn;
    public String officer;
    @Column(name = "created_at")
    public Instant createdAt;

    public static List<MisdirectedArrival> ofPermit(UUID permitId) {
        return list("permitId = ?1 order by arrivedOn", permitId);
    }

    public String discrepancy() {
        return "arrived at " + arrivalParty + " (" + port + ") on " + arrivedOn + ", not at the importing Party "
                + importerParty;
    }
}
