package org.ecites.signing.service;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.ecites.xml.PermitMessage;
import org.ecites.xml.PermitXml;

/** A Party's active key opened for one signing, with its certificate chain (signer first, then the Party's CA). */
public record PartySigner(String keyId, PrivateKey privateKey, List<X509Certificate> chain) {

    public PartySigner {
        chain = List.copyOf(chain);
    }

    /** The CITESEPermit message with this key's enveloped XML signature. */
    public String signXml(PermitMessage message) {
        return new String(PermitXml.writeSigned(message, privateKey, chain), StandardCharsets.UTF_8);
    }
}
