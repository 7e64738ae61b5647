package org.ecites.signing.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.ecites.signing.config.SigningConfig;

/**
 * Keeps private keys encrypted at rest: AES-256-GCM under the master key, bound to the key id so a
 * ciphertext cannot be moved to another key's row. An HSM (PKCS#11) would replace this class.
 */
@ApplicationScoped
public class KeyVault {

    static final String KEY_ALGORITHM = "EC";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey masterKey;
    private final SecureRandom random = new SecureRandom();

    KeyVault(SigningConfig config) {
        byte[] key = Base64.getDecoder().decode(config.masterKey());
        if (key.length != 32) {
            throw new IllegalStateException("ecites.signing.master-key must be 32 bytes, base64-encoded");
        }
        this.masterKey = new SecretKeySpec(key, "AES");
    }

    public byte[] seal(PrivateKey privateKey, String keyId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, keyId, privateKey.getEncoded());
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    public PrivateKey open(byte[] sealed, String keyId) {
        byte[] nonce = java.util.Arrays.copyOf(sealed, NONCE_BYTES);
        byte[] encoded = crypt(Cipher.DECRYPT_MODE, nonce, keyId,
                java.util.Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length));
        try {
            return KeyFactory.getInstance(KEY_ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored private key " + keyId + " is unreadable", e);
        }
    }

    public static PublicKey publicKey(byte[] encoded) {
        try {
            return KeyFactory.getInstance(KEY_ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored public key is unreadable", e);
        }
    }

    private byte[] crypt(int mode, byte[] nonce, String keyId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, masterKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("private key " + keyId + " could not be sealed or opened", e);
        }
    }
}
