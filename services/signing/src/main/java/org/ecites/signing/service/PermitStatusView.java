package org.ecites.signing.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ecites.platform.tenancy.PartyScope;
import org.ecites.signing.repository.PermitClearance;
import org.ecites.signing.repository.PermitEndorsement;
import org.ecites.signing.repository.SignedPermit;

/**
 * The permit's state now, kept from the registry's and customs' events; for a used permit, what customs
 * endorsed, where and when (how the importing Party learns when the goods left and how much), and what
 * the importing Party's customs inspected on arrival. UNKNOWN when the seal holds but this platform signed
 * no such permit (e.g. a partner system's).
 */
public record PermitStatusView(String state, List<Endorsed> endorsements, List<Cleared> clearances) {

    /** Read across Parties on purpose: the caller proved with a valid seal that it holds the permit. */
    static PermitStatusView of(String issuerParty, String permitNumber) {
        return PartyScope.inTransaction(PartyScope.EVERY_PARTY, () -> SignedPermit.findIssued(issuerParty, permitNumber)
                .map(permit -> new PermitStatusView(permit.status.name(), PermitEndorsement.ofPermit(permit.permitId)
                        .stream().map(Endorsed::of).toList(),
                        PermitClearance.ofPermit(permit.permitId).stream().map(Cleared::of).toList()))
                .orElse(new PermitStatusView("UNKNOWN", List.of(), List.of())));
    }

    /** @param port null when a partner system confirmed the quantities (EPIX names no port) */
    public record Cleared(String itemId, BigDecimal quantity, LocalDate arrivedOn, String port) {

        static Cleared of(PermitClearance clearance) {
            return new Cleared(clearance.itemId, clearance.quantity, clearance.arrivedOn, clearance.port);
        }
    }

    public record Endorsed(String itemId, BigDecimal quantity, LocalDate endorsedOn, String port) {

        static Endorsed of(PermitEndorsement endorsement) {
            return new Endorsed(endorsement.itemId, endorsement.quantity, endorsement.endorsedOn, endorsement.port);
        }
    }
}
