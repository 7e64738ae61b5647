package org.ecites.signing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.ecites.events.FinalCertificateSigned;
import org.ecites.events.PermitEndorsed;
import org.ecites.platform.outbox.Outbox;
import org.ecites.signing.repository.SignedPermit;
import org.ecites.xml.PermitMessage;
import org.ecites.xml.PermitMessage.BlockQuantity;
import org.ecites.xml.PermitMessage.Examination;

/**
 * Once customs endorsed a document, the issuing Party signs it again as used: the CITESEPermit message with
 * box 14 and box 15, what EPIX serves as the final certificate and what follows the document abroad.
 */
@ApplicationScoped
public class FinalCertificates {

    private final PartyKeys keys;
    private final Outbox outbox;
    private final Clock clock;

    FinalCertificates(PartyKeys keys, Outbox outbox, Clock clock) {
        this.keys = keys;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sign(PermitEndorsed endorsed) {
        SignedPermit permit = SignedPermit.findById(endorsed.permitId());
        if (permit == null || permit.finalXml != null) {
            return;
        }
        Examination box14 = new Examination(endorsed.endorsedOn(), endorsed.port(), endorsed.officer(),
                endorsed.customsDeclaration(), endorsed.transportDocument(), endorsed.quantities().stream()
                        .map(quantity -> new BlockQuantity(quantity.itemId(), quantity.quantity())).toList());
        PartySigner signer = keys.signer(permit.issuerParty);
        permit.finalXml = signer.signXml(new PermitMessage(endorsed.permit(), box14, null));
        outbox.record(new FinalCertificateSigned(endorsed.permit(), permit.finalXml,
                clock.instant().truncatedTo(ChronoUnit.SECONDS)), permit.issuerParty);
    }
}
