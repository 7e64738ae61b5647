package org.ecites.signing.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Transaction-scoped PostgreSQL advisory locks: several replicas must not make two CAs, two active keys
 * or two trust lists from the same state at once. Always taken in the order party, then trust list.
 */
@ApplicationScoped
public class AdvisoryLocks {

    private final EntityManager entityManager;

    AdvisoryLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String name) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(:name))")
                .setParameter("name", "signing:" + name).getSingleResult();
    }
}
