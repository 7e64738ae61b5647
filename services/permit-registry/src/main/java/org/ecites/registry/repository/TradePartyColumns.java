package org.ecites.registry.repository;

import jakarta.persistence.Embeddable;
import org.ecites.events.TradeParty;

/** Box 3 or 4 as stored; the owning entity maps the columns. */
@Embeddable
public class TradePartyColumns {

    public String name;
    public String address;
    public String country;

    static TradePartyColumns of(TradeParty party) {
        TradePartyColumns columns = new TradePartyColumns();
        columns.name = party.name();
        columns.address = party.address();
        columns.country = party.country();
        return columns;
    }

    TradeParty toTradeParty() {
        return new TradeParty(name, address, country);
    }
}
