package org.ecites.registry.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A Party's national export quota for a taxon (a species, or a genus or higher taxon for all its
 * species) and year, maybe only for some terms and sources (empty: all), and what is used of it.
 */
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
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> terms;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sources;
    public BigDecimal quantity;
    public String unit;
    public BigDecimal used;
    public String notes;
    @Column(name = "set_by")
    public String setBy;
    @Column(name = "set_at")
    public Instant setAt;

    public static List<ExportQuota> of(String party, int year) {
        return list("party = ?1 and year = ?2 order by scientificName, id", party, year);
    }

    public boolean covers(String term, String source) {
        return (terms.isEmpty() || terms.contains(term)) && (sources.isEmpty() || sources.contains(source));
    }

    public boolean countsIn(String itemUnit) {
        return Objects.equals(unit, itemUnit);
    }
}
