package org.ecites.xml;

import java.security.cert.X509Certificate;
import java.util.List;

/** A message whose signature verified, with the certificates it was made with, signer first. */
public record SignedPermitMessage(PermitMessage message, List<X509Certificate> chain) {

    public SignedPermitMessage {
        chain = List.copyOf(chain);
    }

    public X509Certificate signer() {
        return chain.getFirst();
    }
}
