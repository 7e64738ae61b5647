package org.ecites.registry.repository;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a document: application, review, issue, then what the other services report
 * (signed, sent, used), until it is closed, refused, cancelled, replaced or expired.
 */
public enum PermitStatus {
    APPLIED,
    UNDER_REVIEW,
    ISSUED,
    SIGNED,
    SENT,
    USED,
    CLOSED,
    REFUSED,
    CANCELLED,
    REPLACED,
    EXPIRED;

    private static final Set<PermitStatus> VALID_DOCUMENT = EnumSet.of(ISSUED, SIGNED, SENT);
    private static final Set<PermitStatus> FORWARD = EnumSet.of(ISSUED, SIGNED, SENT, USED, CLOSED);

    public boolean canMoveTo(PermitStatus next) {
        return switch (this) {
            case APPLIED -> next == UNDER_REVIEW || next == REFUSED;
            case UNDER_REVIEW -> next == ISSUED || next == REFUSED;
            case ISSUED -> next == SIGNED || next == SENT || next == CANCELLED || next == REPLACED || next == EXPIRED
                    || next == USED;
            case SIGNED -> next == SENT || next == USED || next == CANCELLED || next == REPLACED || next == EXPIRED;
            case SENT -> next == USED || next == CANCELLED || next == REPLACED || next == EXPIRED;
            case USED -> next == CLOSED;
            case CLOSED, REFUSED, CANCELLED, REPLACED, EXPIRED -> false;
        };
    }

    /** Whether a document in this state has gone beyond {@code step} on the way from issue to use. */
    public boolean isPast(PermitStatus step) {
        return FORWARD.contains(this) && FORWARD.contains(step) && compareTo(step) > 0;
    }

    /** Issued and neither used nor withdrawn: the states in which a document can still be used or expire. */
    public static Set<PermitStatus> validDocument() {
        return VALID_DOCUMENT;
    }
}
