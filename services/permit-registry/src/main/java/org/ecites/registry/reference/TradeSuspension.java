package org.ecites.registry.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A recommendation to suspend trade with a Party, in one species or (without a name) in all. */
@Entity
@Table(name = "trade_suspension")
public class TradeSuspension extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String party;
    @Column(name = "scientific_name")
    public String scientificName;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    public String reference;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;

    public static Optional<TradeSuspension> inForce(String party, String species, LocalDate day) {
        return find("party = ?1 and (scientificName is null or lower(scientificName) = lower(?2))"
                + " and startsOn <= ?3 and (endsOn is null or endsOn >= ?3)", party, species.strip(), day)
                .firstResultOptional();
    }
}
