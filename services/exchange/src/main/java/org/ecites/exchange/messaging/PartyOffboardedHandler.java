package org.ecites.exchange.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.events.EventType;
import org.ecites.events.PartyOffboarded;
import org.ecites.exchange.repository.HostedParty;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;

/** Nothing more is delivered to the Party's inbox here; what it received stays. */
@ApplicationScoped
public class PartyOffboardedHandler implements EventHandler<PartyOffboarded> {

    @Override
    public EventType handles() {
        return EventType.PARTY_OFFBOARDED;
    }

    @Override
    public void handle(ReceivedEvent<PartyOffboarded> event) {
        PartyOffboarded offboarded = event.payload();
        HostedParty.record(offboarded.party(), null, false, offboarded.offboardedAt());
    }
}
