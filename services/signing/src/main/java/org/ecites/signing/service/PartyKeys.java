package org.ecites.signing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.ecites.signing.repository.SigningKey;

/** Each Party's signing key: ECDSA on P-256, made with BouncyCastle the first time the Party signs. */
@ApplicationScoped
public class PartyKeys {

    public static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

    private final KeyVault vault;

    PartyKeys(KeyVault vault) {
        this.vault = vault;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public SigningKey activeKey(String party) {
        return SigningKey.activeFor(party).orElseGet(() -> create(party));
    }

    private SigningKey create(String party) {
        KeyPair pair = generate();
        SigningKey key = new SigningKey();
        key.publicKey = pair.getPublic().getEncoded();
        key.keyId = keyId(key.publicKey);
        key.party = party;
        key.algorithm = SIGNATURE_ALGORITHM;
        key.encryptedPrivateKey = vault.seal(pair.getPrivate(), key.keyId);
        key.createdAt = Instant.now();
        key.active = true;
        key.persist();
        return key;
    }

    /** The first 8 bytes of the SHA-256 of the public key, base64url: the key id scheme of the EU DCC. */
    static String keyId(byte[] publicKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(KeyVault.KEY_ALGORITHM, "BC");
            generator.initialize(new ECGenParameterSpec("P-256"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no P-256 key could be generated", e);
        }
    }
}
