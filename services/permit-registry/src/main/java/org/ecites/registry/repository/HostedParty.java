package org.ecites.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A Party this platform hosts, or hosted once: offboarding keeps the row. */
@Entity
@Table(name = "hosted_party")
public class HostedParty extends PanacheEntityBase {

    public enum Status { HOSTED, OFFBOARDED }

    @Id
    public String party;
    public String name;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "onboarded_by")
    public String onboardedBy;
    @Column(name = "onboarded_at")
    public Instant onboardedAt;
    @Column(name = "offboarded_by")
    public String offboardedBy;
    @Column(name = "offboarded_at")
    public Instant offboardedAt;
    @Column(name = "offboarding_reason")
    public String offboardingReason;

    /** By its id: a count query would be translated anew by Hibernate on every issue. */
    public static boolean isHosted(String party) {
        return HostedParty.<HostedParty>findByIdOptional(party).filter(row -> row.status == Status.HOSTED).isPresent();
    }

    public static List<HostedParty> listByCode() {
        return list("order by party");
    }
}
