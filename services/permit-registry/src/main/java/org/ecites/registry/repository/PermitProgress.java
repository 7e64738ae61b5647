package org.ecites.registry.repository;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a document stands in its lifecycle, read under its row lock without loading the document: what the
 * event handlers need to move it along, a row instead of every box and line item.
 */
public record PermitProgress(UUID id, String tenant, String permitNumber, PermitStatus status) {

    /**
     * The document, locked for the rest of the transaction; empty when the Party has none with that id.
     * A list, not a stream: PostgreSQL planned a streamed (scrolled) query anew on every call, twice a
     * reported event with the trail's look-up.
     */
    public static Optional<PermitProgress> lock(UUID id) {
        return Permit.getEntityManager().createQuery("""
                        select new org.ecites.registry.repository.PermitProgress(p.id, p.tenant, p.permitNumber, p.status)
                        from Permit p where p.id = ?1""", PermitProgress.class)
                .setParameter(1, id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst();
    }

    /** Moves the locked document; its version counts the change, as an edit through the entity would. */
    public void moveTo(PermitStatus next) {
        Permit.update("status = ?1, version = version + 1 where id = ?2", next, id);
    }
}
