package org.ecites.seal;

/** Why a seal is accepted or refused; the first failing check, in this order, names the verdict. */
public enum VerdictCode {
    /** The trust list is past its next-update time: revocations may be missing, nothing can be trusted. */
    STALE_TRUST_LIST,
    /** Not a seal: wrong prefix, bad Base45, bad zlib, bad CBOR or COSE, or a summary that does not parse. */
    MALFORMED,
    /** The key id is in no Party's list of signing certificates. */
    UNKNOWN_KEY,
    /** The signature does not match the content under the named key. */
    BAD_SIGNATURE,
    /** The signing certificate does not chain to its Party's CA certificate in the trust list. */
    UNTRUSTED_CERTIFICATE,
    /** The key belongs to a Party other than the one the permit names as issuer. */
    WRONG_ISSUER,
    /** The key was revoked by its Party. */
    KEY_REVOKED,
    /** The signing certificate had expired, or was not yet valid, at signing time, or has expired since. */
    CERTIFICATE_EXPIRED,
    /** Every check passed. */
    VALID
}
