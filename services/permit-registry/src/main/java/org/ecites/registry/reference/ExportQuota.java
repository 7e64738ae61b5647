package org.ecites.registry.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A Party's national export quota for a species (maybe a term and source only) and year, and its use. */
@Entity
@Table(name = "export_quota")
public class ExportQuota extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String party;
    public int year;
    @Column(name = "scientific_name")
    public String scientificName;
    public String term;
    public String source;
    public BigDecimal quantity;
    public String unit;
    public BigDecimal used;
    @Column(name = "set_by")
    public String setBy;
    @Column(name = "set_at")
    public Instant setAt;

    public static List<ExportQuota> of(String party, int year) {
        return list("party = ?1 and year = ?2 order by scientificName, term, source", party, year);
    }

    /**
     * The quota a block draws on, locked until the transaction ends so that parallel issues count one
     * after the other; a quota for the block's term and source wins over a broader one.
     */
    public static Optional<ExportQuota> lockFor(String party, int year, String species, String term, String source) {
        List<ExportQuota> candidates = find("party = ?1 and year = ?2 and lower(scientificName) = lower(?3)",
                party, year, species.strip()).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        return candidates.stream()
                .filter(q -> q.term == null || q.term.equals(term))
                .filter(q -> q.source == null || q.source.equals(source))
                .max(Comparator.comparingInt(q -> (q.term == null ? 0 : 2) + (q.source == null ? 0 : 1)));
    }

    public boolean countsIn(String itemUnit) {
        return Objects.equals(unit, itemUnit);
    }
}
