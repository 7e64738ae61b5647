package org.ecites.exchange.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A Party as the registry last announced it: hosted here, or offboarded. */
@Entity
@Table(name = "hosted_party")
public class HostedParty extends PanacheEntityBase {

    @Id
    public String party;
    public String name;
    public boolean hosted;
    @Column(name = "changed_at")
    public Instant changedAt;

    /** By its id: a count query would be translated anew by Hibernate on every delivery. */
    public static boolean isHosted(String party) {
        return HostedParty.<HostedParty>findByIdOptional(party).filter(row -> row.hosted).isPresent();
    }

    /** Keeps the Party's name when an offboarding names none. */
    public static void record(String party, String name, boolean hosted, Instant changedAt) {
        HostedParty row = HostedParty.<HostedParty>findByIdOptional(party).orElseGet(HostedParty::new);
        row.party = party;
        row.name = name != null ? name : row.name != null ? row.name : party;
        row.hosted = hosted;
        row.changedAt = changedAt;
        row.persist();
    }
}
