package org.ecites.signing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ecites.events.EventJson;
import org.ecites.events.EventType;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitIssued;
import org.ecites.events.PermitSigned;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;
import org.ecites.platform.outbox.Outbox;
import org.ecites.seal.Crypto;
import org.ecites.seal.Jws;
import org.ecites.seal.SealCodec;
import org.ecites.seal.SealSummary;
import org.ecites.signing.repository.PermitState;
import org.ecites.signing.repository.SignedPermit;
import org.ecites.signing.repository.SigningKey;

/**
 * Signs an issued permit with its Party's active key twice: a JWS over the whole document for systems,
 * and the seal of the QR code for people at the border; keeps both and announces PermitSigned.
 */
@ApplicationScoped
public class PermitSigner implements EventHandler<PermitIssued> {

    private final Clock clock;
    private final PartyKeys keys;
    private final Authorities authorities;
    private final KeyVault vault;
    private final Outbox outbox;

    PermitSigner(PartyKeys keys, Authorities authorities, KeyVault vault, Outbox outbox, Clock clock) {
        this.clock = clock;
        this.keys = keys;
        this.authorities = authorities;
        this.vault = vault;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sign(PermitDocument permit) {
        if (SignedPermit.findById(permit.permitId()) != null) {
            return;
        }
        SigningKey key = keys.activeKey(permit.issuingParty());
        PrivateKey privateKey = vault.open(key.encryptedPrivateKey, key.keyName);
        SignedPermit signed = new SignedPermit();
        signed.permitId = permit.permitId();
        signed.permitNumber = permit.permitNumber();
        signed.issuerParty = permit.issuingParty();
        signed.importerParty = permit.importerParty();
        signed.document = EventJson.encode(permit);
        signed.signedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        signed.jws = Jws.sign(Jws.PERMIT, signed.document.getBytes(StandardCharsets.UTF_8), privateKey,
                List.of(Crypto.certificate(key.certificate),
                        Crypto.certificate(authorities.ofParty(key.party).certificate)));
        signed.seal = SealCodec.encode(SealSummary.of(permit, signed.signedAt), key.keyId, privateKey);
        signed.keyId = key.keyId;
        signed.status = PermitState.VALID;
        signed.verificationCode = VerificationCodes.next();
        signed.persist();
        outbox.record(new PermitSigned(permit, key.keyId, signed.jws, signed.seal, signed.signedAt,
                        signed.verificationCode),
                permit.issuingParty());
    }

    @Override
    public EventType handles() {
        return EventType.PERMIT_ISSUED;
    }

    @Override
    public void handle(ReceivedEvent<PermitIssued> event) {
        sign(event.payload().permit());
    }
}
