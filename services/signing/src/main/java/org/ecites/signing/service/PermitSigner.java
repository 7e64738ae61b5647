package org.ecites.signing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.ecites.events.EventJson;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitSigned;
import org.ecites.platform.outbox.Outbox;
import org.ecites.seal.Jws;
import org.ecites.seal.SealCodec;
import org.ecites.seal.SealSummary;
import org.ecites.signing.repository.PermitState;
import org.ecites.signing.repository.SignedPermit;
import org.ecites.xml.PermitMessage;

/**
 * Signs an issued permit with its Party's active key three times: a JWS over the whole document for our
 * systems, the CITESEPermit message with its XML signature for other Parties' systems, and the seal of the
 * QR code for people at the border; keeps them and announces PermitSigned. Signing one permit twice fails on the
 * permit's key.
 */
@ApplicationScoped
public class PermitSigner {

    private final Clock clock;
    private final PartyKeys keys;
    private final Outbox outbox;

    PermitSigner(PartyKeys keys, Outbox outbox, Clock clock) {
        this.clock = clock;
        this.keys = keys;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sign(PermitDocument permit) {
        PartySigner signer = keys.signer(permit.issuingParty());
        PrivateKey privateKey = signer.privateKey();
        SignedPermit signed = new SignedPermit();
        signed.permitId = permit.permitId();
        signed.permitNumber = permit.permitNumber();
        signed.issuerParty = permit.issuingParty();
        signed.importerParty = permit.importerParty();
        signed.document = EventJson.encode(permit);
        signed.signedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        signed.jws = Jws.sign(Jws.PERMIT, signed.document.getBytes(StandardCharsets.UTF_8), privateKey, signer.chain());
        signed.xml = signer.signXml(PermitMessage.issued(permit));
        signed.seal = SealCodec.encode(SealSummary.of(permit, signed.signedAt), signer.keyId(), privateKey);
        signed.keyId = signer.keyId();
        signed.status = PermitState.VALID;
        signed.verificationCode = VerificationCodes.next();
        signed.persist();
        outbox.record(new PermitSigned(permit, signer.keyId(), signed.jws, signed.seal, signed.signedAt,
                        signed.verificationCode, signed.xml),
                permit.issuingParty());
    }
}
