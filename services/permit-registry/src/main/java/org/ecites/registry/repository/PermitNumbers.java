package org.ecites.registry.repository;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.ecites.registry.config.RegistryConfig;

/** Allocates permit numbers per Party and year, without gaps or duplicates under concurrency. */
@ApplicationScoped
@Startup
public class PermitNumbers {

    /** The UN/CEFACT and WCO e-permit messages carry the document number in at most 35 characters. */
    public static final int MAX_LENGTH = 35;

    private final EntityManager entityManager;
    private final RegistryConfig config;

    PermitNumbers(EntityManager entityManager, RegistryConfig config) {
        this.entityManager = entityManager;
        this.config = config;
        String longest = String.format(config.numberFormat(), "XX", 99, 999_999_999L);
        if (longest.length() > MAX_LENGTH) {
            throw new IllegalStateException("ecites.registry.number-format makes numbers such as " + longest
                    + ", longer than the " + MAX_LENGTH + " characters the CITES e-permit message allows");
        }
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
