package org.ecites.events;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A partner system was registered, changed or retired by a platform administrator: the Parties it speaks
 * for and the certificate their XML signatures chain to, so that the trust list vouches for it too. A
 * platform event: its tenant is every Party ({@code *}).
 *
 * @param signingCertificate PEM; the partner's Parties' documents are signed with keys it certifies
 * @param active false once retired: the certificate stays listed, marked, so that old documents still explain
 */
public record PartnerChanged(
        UUID partnerId,
        String name,
        Set<String> parties,
        String signingCertificate,
        boolean active,
        Instant changedAt) implements EventPayload {

    public PartnerChanged {
        parties = Set.copyOf(parties);
    }

    @Override
    public UUID aggregateId() {
        return partnerId;
    }

    @Override
    public String subject() {
        return name;
    }
}
