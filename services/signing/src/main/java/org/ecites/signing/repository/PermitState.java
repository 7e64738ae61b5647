package org.ecites.signing.repository;

/** What a verifier is told about a permit beyond its signature. */
public enum PermitState {
    VALID,
    USED,
    CANCELLED,
    REPLACED,
    EXPIRED
}
