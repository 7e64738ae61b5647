package org.ecites.platform;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
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
}
