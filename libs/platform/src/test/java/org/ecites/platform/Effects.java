package org.ecites.platform;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.ecites.events.EventType;

/** What the test handlers left in the database, read in a transaction of its own. */
final class Effects {

    private Effects() {
    }

    static long of(EntityManager entityManager, UUID permitId, EventType type) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from test_effect where permit_id = :permit and event_type = :type")
                .setParameter("permit", permitId).setParameter("type", type.name()).getSingleResult()).longValue());
    }

    static long processed(EntityManager entityManager, UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from processed_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }

    /** A row a test handler wrote: the Party the database saw and the transaction that wrote it. */
    record Written(UUID permitId, String party, long transaction) {
    }

    /** The rows of the permits in the order they were written. */
    static List<Written> written(EntityManager entityManager, List<UUID> permitIds) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select permit_id, party, tx from test_effect where permit_id in (:permits) order by id", Object[].class)
                .setParameter("permits", permitIds).getResultList());
        return rows.stream().map(row -> new Written((UUID) row[0], (String) row[1], ((Number) row[2]).longValue()))
                .toList();
    }
}
