package org.ecites.signing.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One publication of the signed trust list. */
@Entity
@Table(name = "trust_list")
public class PublishedTrustList extends PanacheEntityBase {

    @Id
    public long sequence;
    public String jws;
    @Column(name = "issued_at")
    public Instant issuedAt;
    @Column(name = "next_update")
    public Instant nextUpdate;

    public static Optional<PublishedTrustList> latest() {
        return find("order by sequence desc").firstResultOptional();
    }
}
