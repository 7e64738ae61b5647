package org.ecites.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One line of a document's audit trail; the database refuses to change or delete it. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_ids")
    @SequenceGenerator(name = "audit_entry_ids", sequenceName = "audit_entry_id_seq", allocationSize = 50)
    public Long id;
    /** Its place in the document's trail, from 1; the chain follows it, not the key. */
    public int position;
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

    /**
     * Where the next entry of a trail goes: after the entry at {@code position} whose hash is {@code hash}
     * ({@link #START} before the first).
     */
    public record Link(int position, String hash) {

        public static final Link START = new Link(0, "0".repeat(64));

        public Link next() {
            return new Link(position + 1, hash);
        }
    }

    /** The position and hash of the document's last entry, without loading it (a list: see PermitProgress#lock). */
    public static Optional<Link> lastOf(UUID permitId) {
        return getEntityManager().createQuery("""
                        select new org.ecites.registry.repository.AuditEntry$Link(e.position, e.hash) from AuditEntry e
                        where e.permitId = ?1 order by e.position desc""", Link.class)
                .setParameter(1, permitId).setMaxResults(1).getResultList().stream().findFirst();
    }

    public static List<AuditEntry> trailOf(UUID permitId) {
        return list("permitId = ?1 order by position", permitId);
    }
}
