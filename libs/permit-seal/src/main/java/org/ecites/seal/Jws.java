package org.ecites.seal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.util.Base64;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.util.List;

/**
 * Compact JWS (RFC 7515) with ES256, the key id and the certificate chain in {@code x5c}: the format of
 * the signed permit document and of the trust list, checkable with any JOSE library (see ADR 0004).
 */
public final class Jws {

    /** The whole permit document, as the event contract's sorted-key JSON (EventJson). */
    public static final JOSEObjectType PERMIT = new JOSEObjectType("cites-permit+json");
    public static final JOSEObjectType TRUST_LIST = new JOSEObjectType("cites-trust-list+json");

    /** Shared: seeding a new generator for every signature showed in signing's profile. */
    private static final SecureRandom RANDOM = new SecureRandom();

    private Jws() {
    }

    /** Signs with the key of {@code chain.get(0)}; the chain runs from that certificate to its CA. */
    public static String sign(JOSEObjectType type, byte[] payload, PrivateKey key, List<X509Certificate> chain) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).type(type)
                    .keyID(Crypto.keyId(chain.get(0)))
                    .x509CertChain(chain.stream().map(c -> Base64.encode(Crypto.der(c))).toList())
                    .build(), new Payload(payload));
            ECDSASigner signer = new ECDSASigner((ECPrivateKey) key);
            // BouncyCastle signs P-256 more than twice as fast as the JDK's provider (docs/benchmarks.md)
            signer.getJCAContext().setProvider(Crypto.PROVIDER);
            signer.getJCAContext().setSecureRandom(RANDOM);
            jws.sign(signer);
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("the " + type + " could not be signed", e);
        }
    }

    /**
     * The payload, once the signature holds under {@code key} (taken from a trusted source, never from
     * the header).
     *
     * @throws SealException MALFORMED for a text that is no JWS of that type, BAD_SIGNATURE otherwise
     */
    public static byte[] verifiedPayload(String text, JOSEObjectType type, PublicKey key) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(text.strip());
        } catch (ParseException e) {
            throw new SealException(VerdictCode.MALFORMED, "not a compact JWS: " + e.getMessage());
        }
        if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm()) || !type.equals(jws.getHeader().getType())) {
            throw new SealException(VerdictCode.MALFORMED, "not an ES256 JWS of type " + type);
        }
        try {
            ECDSAVerifier verifier = new ECDSAVerifier((ECPublicKey) key);
            verifier.getJCAContext().setProvider(Crypto.PROVIDER);
            if (!jws.verify(verifier)) {
                throw new SealException(VerdictCode.BAD_SIGNATURE, "the JWS signature does not hold");
            }
        } catch (JOSEException | ClassCastException e) {
            throw new SealException(VerdictCode.BAD_SIGNATURE, "the JWS cannot be checked: " + e.getMessage());
        }
        return jws.getPayload().toBytes();
    }
}
