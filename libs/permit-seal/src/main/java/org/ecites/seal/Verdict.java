package org.ecites.seal;

/**
 * The answer on one seal: accepted only when every check passed. A check that could not be made (e.g.
 * the signature when the key is unknown) is null.
 *
 * @param signingParty the Party that owns the signing key, when the key is known
 * @param permit what the seal says, when it could be read
 */
public record Verdict(
        boolean valid,
        VerdictCode code,
        String message,
        String keyId,
        String signingParty,
        SealSummary permit,
        Checks checks) {

    public record Checks(
            boolean trustListFresh,
            boolean wellFormed,
            Boolean keyKnown,
            Boolean signatureValid,
            Boolean certificateTrusted,
            Boolean issuerMatchesKey,
            Boolean keyNotRevoked,
            Boolean keyValidAtSigning) {
    }
}
