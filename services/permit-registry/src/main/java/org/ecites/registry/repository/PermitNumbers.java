package org.ecites.registry.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.ecites.registry.config.RegistryConfig;

/** Allocates permit numbers per Party and year, without gaps or duplicates under concurrency. */
@ApplicationScoped
public class PermitNumbers {

    private final EntityManager entityManager;
    private final RegistryConfig config;

    PermitNumbers(EntityManager entityManager, RegistryConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String party, int year) {
        Number serial = (Number) entityManager.createNativeQuery("""
                insert into permit_number_counter (tenant, year, last_serial) values (:party, :year, 1)
                on conflict (tenant, year) do update set last_serial = permit_number_counter.last_serial + 1
                returning last_serial""")
                .setParameter("party", party)
                .setParameter("year", year)
                .getSingleResult();
        return String.format(config.numberFormat(), party, year % 100, serial.longValue());
    }
}
