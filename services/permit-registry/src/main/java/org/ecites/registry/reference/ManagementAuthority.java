package org.ecites.registry.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.ecites.events.TradeParty;

/** A Party's Management Authority as box 6 of its documents shows it. */
@Entity
@Table(name = "management_authority")
public class ManagementAuthority extends PanacheEntityBase {

    @Id
    public String party;
    public String name;
    public String address;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<TradeParty> box6Of(String party) {
        return ManagementAuthority.<ManagementAuthority>findByIdOptional(party)
                .map(authority -> new TradeParty(authority.name, authority.address, authority.party));
    }
}
