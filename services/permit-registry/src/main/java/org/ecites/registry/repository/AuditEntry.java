package org.ecites.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of a document's audit trail; the database refuses to change or delete it. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "permit_id")
    public UUID permitId;
    public String tenant;
    public Instant at;
    public String actor;
    public String role;
    public String action;
    public String detail;
    @Column(name = "prev_hash")
    public String prevHash;
    public String hash;

    public static List<AuditEntry> trailOf(UUID permitId) {
        return list("permitId = ?1 order by id", permitId);
    }
}
