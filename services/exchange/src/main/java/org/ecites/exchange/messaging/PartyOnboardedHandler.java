package org.ecites.exchange.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.events.EventType;
import org.ecites.events.PartyOnboarded;
import org.ecites.exchange.repository.HostedParty;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;

/** From now on, documents addressed to the Party land in its inbox here. */
@ApplicationScoped
public class PartyOnboardedHandler implements EventHandler<PartyOnboarded> {

    @Override
    public EventType handles() {
        return EventType.PARTY_ONBOARDED;
    }

    @Override
    public void handle(ReceivedEvent<PartyOnboarded> event) {
        PartyOnboarded onboarded = event.payload();
        HostedParty.record(onboarded.party(), onboarded.name(), true, onboarded.onboardedAt());
    }
}
