package org.ecites.events;

import java.util.UUID;

/** An event that carries the whole document it is about, as it stood when the event was made. */
public sealed interface DocumentEvent extends PermitEvent permits PermitIssued, PermitSigned, PermitEndorsed,
        ImportCleared, PermitCancelled, PermitReplaced, PermitExpired, FinalCertificateSigned, QuantitiesConfirmed {

    PermitDocument permit();

    @Override
    default UUID permitId() {
        return permit().permitId();
    }

    @Override
    default String permitNumber() {
        return permit().permitNumber();
    }
}
