package org.ecites.signing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.ecites.seal.Crypto;
import org.ecites.signing.config.SigningConfig;

/**
 * The custody of every private key: made here, kept encrypted at rest (AES-256-GCM under the master
 * key, bound to the key's name so a ciphertext cannot be moved to another row), opened here. This class
 * is the extension point for an HSM: a PKCS#11 implementation would make the key in the device, keep
 * its alias as the stored bytes and return the device's key handle from {@link #open} (see README).
 */
@ApplicationScoped
public class KeyVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey masterKey;
    private final SecureRandom random = new SecureRandom();

    @Inject
    KeyVault(SigningConfig config) {
        this(config.masterKey());
    }

    KeyVault(String masterKeyBase64) {
        byte[] key = Base64.getDecoder().decode(masterKeyBase64);
        if (key.length != 32) {
            throw new IllegalStateException("ecites.signing.master-key must be 32 bytes, base64-encoded");
        }
        this.masterKey = new SecretKeySpec(key, "AES");
    }

    /** A new P-256 key pair: its public key, and its private key as the bytes to store. */
    public NewKey newKey(String keyName) {
        KeyPair pair = Crypto.newKeyPair();
        return new NewKey(pair.getPublic(), seal(pair.getPrivate(), keyName));
    }

    byte[] seal(PrivateKey privateKey, String keyName) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, keyName, privateKey.getEncoded());
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    public PrivateKey open(byte[] sealed, String keyName) {
        byte[] nonce = Arrays.copyOf(sealed, NONCE_BYTES);
        byte[] encoded = crypt(Cipher.DECRYPT_MODE, nonce, keyName, Arrays.copyOfRange(sealed, NONCE_BYTES,
                sealed.length));
        try {
            return KeyFactory.getInstance("EC", Crypto.PROVIDER).generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored private key " + keyName + " is unreadable", e);
        }
    }

    public record NewKey(PublicKey publicKey, byte[] stored) {
    }

    private byte[] crypt(int mode, byte[] nonce, String keyName, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, masterKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyName.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("private key " + keyName + " could not be sealed or opened", e);
        }
    }
}
