package org.ecites.signing.service;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.ecites.signing.repository.SigningKey;

/** A Party's active key opened for one signing, with its certificate chain (signer first, then the Party's CA). */
public record PartySigner(SigningKey key, PrivateKey privateKey, List<X509Certificate> chain) {

    public PartySigner {
        chain = List.copyOf(chain);
    }
}
