package org.ecites.signing.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import org.ecites.events.EventJson;
import org.ecites.events.PermitDocument;
import org.ecites.signing.repository.SignedPermit;
import org.ecites.signing.repository.SigningKey;

/** Checks a stored signature against the stored document and the signing key's public half. */
@ApplicationScoped
public class PermitVerifier {

    public Verification verify(SignedPermit permit) {
        SigningKey key = SigningKey.findById(permit.keyId);
        PermitDocument document = EventJson.decode(permit.document, PermitDocument.class);
        boolean valid = key != null && key.party.equals(permit.issuerParty) && signatureHolds(
                permit.document.getBytes(StandardCharsets.UTF_8), permit.signature, key.publicKey);
        return new Verification(permit.permitNumber, permit.issuerParty, document.importerParty(), permit.keyId,
                PartyKeys.SIGNATURE_ALGORITHM, valid, permit.status, permit.signedAt);
    }

    private static boolean signatureHolds(byte[] content, byte[] signatureBytes, byte[] publicKey) {
        try {
            Signature signature = Signature.getInstance(PartyKeys.SIGNATURE_ALGORITHM, "BC");
            signature.initVerify(KeyVault.publicKey(publicKey));
            signature.update(content);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
