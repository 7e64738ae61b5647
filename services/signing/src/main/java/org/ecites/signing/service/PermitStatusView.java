package org.ecites.signing.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ecites.platform.tenancy.PartyScope;
import org.ecites.signing.repository.PermitEndorsement;
import org.ecites.signing.repository.SignedPermit;

/**
 * The permit's state now, kept from the registry's and customs' events; for a used permit, what customs
 * endorsed, where and when: how the importing Party learns when the goods left and how much.
 * UNKNOWN when the seal holds but this platform signed no such permit (e.g. a partner system's).
 */
public record PermitStatusView(String state, List<Endorsed> endorsements) {

    /** Read across Parties on purpose: the caller proved with a valid seal that it holds the permit. */
    static PermitStatusView of(String issuerParty, String permitNumber) {
        return PartyScope.inTransaction(PartyScope.EVERY_PARTY, () -> SignedPermit.findIssued(issuerParty, permitNumber)
                .map(permit -> new PermitStatusView(permit.status.name(), PermitEndorsement.ofPermit(permit.permitId)
                        .stream().map(Endorsed::of).toList()))
                .orElse(new PermitStatusView("UNKNOWN", List.of())));
    }

    public record Endorsed(String itemId, BigDecimal quantity, LocalDate endorsedOn, String port) {

        static Endorsed of(PermitEndorsement endorsement) {
            return new Endorsed(endorsement.itemId, endorsement.quantity, endorsement.endorsedOn, endorsement.port);
        }
    }
}
