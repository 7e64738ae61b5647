package org.ecites.exchange.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Who registered, changed or retired a partner, when, and what it looked like afterwards. */
@Entity
@Table(name = "partner_audit")
public class PartnerAudit extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "partner_id")
    public UUID partnerId;
    public String action;
    public String actor;
    public Instant at;
    public String detail;

    public static void record(Partner partner, String action, String actor, String detail) {
        PartnerAudit entry = new PartnerAudit();
        entry.id = UUID.randomUUID();
        entry.partnerId = partner.id;
        entry.action = action;
        entry.actor = actor;
        entry.at = partner.updatedAt;
        entry.detail = detail;
        entry.persist();
    }

    public static List<PartnerAudit> of(UUID partnerId) {
        return list("partnerId = ?1 order by at", partnerId);
    }
}
