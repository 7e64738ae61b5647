package org.ecites.registry.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A recommendation to suspend trade with a Party, in a taxon at any rank (but the species it excepts)
 * or, without a name, in all; recorded by the Secretariat or loaded from the Species+ export.
 */
@Entity
@Table(name = "trade_suspension")
public class TradeSuspension extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String party;
    @Column(name = "scientific_name")
    public String scientificName;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "excluded_names")
    public List<String> excludedNames;
    /** Null for a suspension loaded from Species+, whose export gives only the Notification's number. */
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    public String reference;
    @Enumerated(EnumType.STRING)
    public SuspensionScope scope;
    public String description;
    public boolean imported;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
