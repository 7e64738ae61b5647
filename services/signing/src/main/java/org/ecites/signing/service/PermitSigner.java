package org.ecites.signing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.ecites.events.EventJson;
import org.ecites.events.EventType;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitIssued;
import org.ecites.events.PermitSigned;
import org.ecites.platform.inbox.PermitEventHandler;
import org.ecites.platform.inbox.ReceivedEvent;
import org.ecites.platform.outbox.Outbox;
import org.ecites.signing.repository.PermitState;
import org.ecites.signing.repository.SignedPermit;
import org.ecites.signing.repository.SigningKey;

/** Signs an issued permit with its Party's key, keeps the signed bytes and announces PermitSigned. */
@ApplicationScoped
public class PermitSigner implements PermitEventHandler<PermitIssued> {

    private final PartyKeys keys;
    private final KeyVault vault;
    private final Outbox outbox;

    PermitSigner(PartyKeys keys, KeyVault vault, Outbox outbox) {
        this.keys = keys;
        this.vault = vault;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sign(PermitDocument permit) {
        if (SignedPermit.findById(permit.permitId()) != null) {
            return;
        }
        SigningKey key = keys.activeKey(permit.issuingParty());
        String document = EventJson.encode(permit);
        SignedPermit signed = new SignedPermit();
        signed.permitId = permit.permitId();
        signed.permitNumber = permit.permitNumber();
        signed.issuerParty = permit.issuingParty();
        signed.document = document;
        signed.signature = sign(document.getBytes(StandardCharsets.UTF_8),
                vault.open(key.encryptedPrivateKey, key.keyId));
        signed.keyId = key.keyId;
        signed.signedAt = Instant.now();
        signed.status = PermitState.VALID;
        signed.persist();

        Base64.Encoder base64 = Base64.getEncoder();
        outbox.record(new PermitSigned(permit, key.keyId, key.algorithm, base64.encodeToString(signed.signature),
                base64.encodeToString(key.publicKey), signed.signedAt), permit.issuingParty());
    }

    private static byte[] sign(byte[] content, PrivateKey privateKey) {
        try {
            Signature signature = Signature.getInstance(PartyKeys.SIGNATURE_ALGORITHM, "BC");
            signature.initSign(privateKey);
            signature.update(content);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the permit could not be signed", e);
        }
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
