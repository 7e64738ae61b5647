package org.ecites.exchange.repository;

/** What became of a document our Party issued, as EPIX callers may have it. */
public enum OutboundState {
    VALID,
    /** Customs endorsed it at export: the final certificate exists. */
    USED,
    /** The importing side confirmed the quantities it inspected. */
    CLEARED,
    CANCELLED,
    REPLACED;

    /** The issuing Party withdrew it: nobody fetches or confirms it any more. */
    public boolean withdrawn() {
        return this == CANCELLED || this == REPLACED;
    }
}
