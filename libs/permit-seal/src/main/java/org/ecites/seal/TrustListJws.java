package org.ecites.seal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** The trust list as a JWS signed by the platform's trust anchor; verifiers pin the anchor certificate. */
public final class TrustListJws {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private TrustListJws() {
    }

    public static String sign(TrustList list, PrivateKey anchorKey, X509Certificate anchor) {
        try {
            return Jws.sign(Jws.TRUST_LIST, JSON.writeValueAsBytes(list), anchorKey, List.of(anchor));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws SealException UNTRUSTED_CERTIFICATE unless the text is a trust list signed by the anchor */
    public static TrustList read(String text, X509Certificate anchor) {
        try {
            return JSON.readValue(Jws.verifiedPayload(text, Jws.TRUST_LIST, anchor.getPublicKey()), TrustList.class);
        } catch (SealException | IOException e) {
            throw new SealException(VerdictCode.UNTRUSTED_CERTIFICATE,
                    "not a trust list signed by the trust anchor: " + e.getMessage());
        }
    }
}
