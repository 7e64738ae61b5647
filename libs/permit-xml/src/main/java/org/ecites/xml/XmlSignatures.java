package org.ecites.xml;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The enveloped XML signature over the whole message (XMLDSig, exclusive canonicalisation, SHA-256,
 * ECDSA P-256), with the signing certificate and its chain in {@code KeyInfo}: the JDK's XML signature API,
 * whose secure validation refuses weak algorithms and oversized transforms.
 */
final class XmlSignatures {

    private static final XMLSignatureFactory SIGNATURES = XMLSignatureFactory.getInstance("DOM");
    /** The JDK's XML signature API takes the ECDSA implementation from this context property. */
    private static final String SIGNATURE_PROVIDER = "org.jcp.xml.dsig.internal.dom.SignatureProvider";
    /** BouncyCastle verifies P-256 several times faster than the JDK's own provider (docs/benchmarks.md). */
    private static final Provider ECDSA = new BouncyCastleProvider();

    private XmlSignatures() {
    }

    static void sign(Document document, PrivateKey key, List<X509Certificate> chain) {
        try {
            Reference whole = SIGNATURES.newReference("", SIGNATURES.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(SIGNATURES.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            SIGNATURES.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                    null, null);
            SignedInfo signedInfo = SIGNATURES.newSignedInfo(
                    SIGNATURES.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    SIGNATURES.newSignatureMethod(SignatureMethod.ECDSA_SHA256, null), List.of(whole));
            KeyInfoFactory keyInfos = SIGNATURES.getKeyInfoFactory();
            KeyInfo keyInfo = keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.copyOf(chain))));
            DOMSignContext context = new DOMSignContext(key, document.getDocumentElement());
            context.setDefaultNamespacePrefix("ds");
            context.setProperty(SIGNATURE_PROVIDER, ECDSA);
            SIGNATURES.newXMLSignature(signedInfo, keyInfo).sign(context);
        } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
            throw new IllegalStateException("the message could not be signed", e);
        }
    }

    /**
     * Checks the one signature the message's root carries and returns the certificates it names, signer
     * first. Whether the signer may speak for the issuing Party is the trust list's question, not this one.
     */
    static List<X509Certificate> verify(Document document) {
        Element signature = theSignature(document);
        try {
            CertificateSelector selector = new CertificateSelector();
            DOMValidateContext context = new DOMValidateContext(selector, signature);
            context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
            context.setProperty(SIGNATURE_PROVIDER, ECDSA);
            XMLSignature xmlSignature = SIGNATURES.unmarshalXMLSignature(context);
            List<?> references = xmlSignature.getSignedInfo().getReferences();
            if (references.size() != 1 || !"".equals(((Reference) references.getFirst()).getURI())) {
                throw invalid("the signature must cover the whole message (one reference, URI \"\")");
            }
            if (!xmlSignature.validate(context)) {
                throw invalid("the signature does not match the message");
            }
            return selector.chain;
        } catch (MarshalException | XMLSignatureException e) {
            throw invalid("the signature cannot be read: " + e.getMessage());
        }
    }

    private static Element theSignature(Document document) {
        NodeList signatures = document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        if (signatures.getLength() != 1) {
            throw invalid("the message must carry exactly one XML signature, it has " + signatures.getLength());
        }
        Node signature = signatures.item(0);
        if (signature.getParentNode() != document.getDocumentElement()) {
            throw invalid("the XML signature must be enveloped in the message's root");
        }
        return (Element) signature;
    }

    private static PermitXmlException invalid(String message) {
        return new PermitXmlException(PermitXmlException.Reason.BAD_SIGNATURE, message);
    }

    /** Takes the signer's key from the certificates in KeyInfo, the signer first as XMLDSig has it. */
    private static final class CertificateSelector extends KeySelector {

        private List<X509Certificate> chain = List.of();

        @Override
        public KeySelectorResult select(KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method,
                XMLCryptoContext context) throws KeySelectorException {
            List<X509Certificate> certificates = new ArrayList<>();
            if (keyInfo != null) {
                for (Object content : keyInfo.getContent()) {
                    if (content instanceof X509Data data) {
                        data.getContent().stream().filter(X509Certificate.class::isInstance)
                                .map(X509Certificate.class::cast).forEach(certificates::add);
                    }
                }
            }
            if (certificates.isEmpty()) {
                throw new KeySelectorException("KeyInfo carries no X.509 certificate");
            }
            chain = List.copyOf(certificates);
            Key key = certificates.getFirst().getPublicKey();
            if (!"EC".equals(key.getAlgorithm())) {
                throw new KeySelectorException("the signing certificate's key is " + key.getAlgorithm() + ", not EC");
            }
            return () -> key;
        }
    }
}
