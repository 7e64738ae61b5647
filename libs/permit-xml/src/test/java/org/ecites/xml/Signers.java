package org.ecites.xml;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ecites.seal.Crypto;

/** A Party's signing CA and document signing key, as the signing service keeps them. */
record Signers(KeyPair key, List<X509Certificate> chain) {

    static Signers of(String party) {
        Instant now = Instant.now();
        KeyPair caKey = Crypto.newKeyPair();
        X509Certificate ca = Crypto.selfSignedCa("CN=CITES signing CA,C=" + party, caKey.getPublic(),
                caKey.getPrivate(), now.minus(1, ChronoUnit.DAYS), now.plus(3650, ChronoUnit.DAYS));
        KeyPair key = Crypto.newKeyPair();
        X509Certificate signer = Crypto.signingCertificate("CN=CITES document signer,C=" + party, key.getPublic(), ca,
                caKey.getPrivate(), now.minus(1, ChronoUnit.DAYS), now.plus(365, ChronoUnit.DAYS));
        return new Signers(key, List.of(signer, ca));
    }

    byte[] sign(PermitMessage message) {
        return PermitXml.writeSigned(message, key.getPrivate(), chain);
    }
}
