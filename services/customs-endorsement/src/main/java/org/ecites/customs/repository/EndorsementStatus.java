package org.ecites.customs.repository;

public enum EndorsementStatus {
    OPEN,
    ENDORSED,
    /** Cancelled or replaced by the issuing Party: it can no longer be used. */
    WITHDRAWN
}
