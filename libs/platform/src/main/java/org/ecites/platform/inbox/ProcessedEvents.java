package org.ecites.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager entityManager;

    ProcessedEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records the event id; false when it was recorded before, i.e. the event is a repeat. The statement names the
     * one table it touches, so it does not flush what the batch's handlers wrote before it: their rows still go
     * out together.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordFirstDelivery(UUID eventId, String eventType) {
        return entityManager.createNativeQuery("""
                insert into processed_event (event_id, event_type) values (:id, :type)
                on conflict (event_id) do nothing""")
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("processed_event")
                .setParameter("id", eventId)
                .setParameter("type", eventType)
                .executeUpdate() == 1;
    }
}
