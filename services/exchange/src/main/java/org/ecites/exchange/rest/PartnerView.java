package org.ecites.exchange.rest;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.ecites.exchange.repository.Partner;
import org.ecites.exchange.repository.PartnerAudit;
import org.ecites.exchange.repository.PartnerProtocol;

public record PartnerView(UUID id, String name, PartnerProtocol protocol, String endpoint, Set<String> parties,
        String tlsFingerprint, boolean active, Instant updatedAt, String updatedBy, List<AuditEntry> audit) {

    public record AuditEntry(String action, String actor, Instant at, String detail) {
    }

    static PartnerView of(Partner partner, List<PartnerAudit> audit) {
        return new PartnerView(partner.id, partner.name, partner.protocol, partner.endpoint,
                new TreeSet<>(partner.parties), partner.tlsFingerprint, partner.active, partner.updatedAt,
                partner.updatedBy, audit.stream().map(a -> new AuditEntry(a.action, a.actor, a.at, a.detail)).toList());
    }
}
