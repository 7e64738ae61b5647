package org.ecites.platform.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Transaction-scoped PostgreSQL advisory locks, for work that several replicas must not do from the same
 * state at once (two CAs for a Party, two imports of one reference file, two onboardings of one Party).
 * Names are prefixed with the service, which owns its database.
 */
@ApplicationScoped
public class AdvisoryLocks {

    private final EntityManager entityManager;
    private final String service;

    AdvisoryLocks(EntityManager entityManager, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.entityManager = entityManager;
        this.service = service;
    }

    /** Waits for the lock, which the transaction holds until it ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String name) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(:name))")
                .setParameter("name", service + ":" + name).getSingleResult();
    }
}
