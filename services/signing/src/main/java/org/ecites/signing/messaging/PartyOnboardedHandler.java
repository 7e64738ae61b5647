package org.ecites.signing.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.events.EventType;
import org.ecites.events.PartyOnboarded;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;
import org.ecites.signing.service.PartyKeys;

/**
 * A newly hosted Party gets its signing CA and first key at once, so the published trust list names it
 * before its first permit: offline verifiers that refresh the list in advance already know its key.
 */
@ApplicationScoped
public class PartyOnboardedHandler implements EventHandler<PartyOnboarded> {

    private final PartyKeys keys;

    PartyOnboardedHandler(PartyKeys keys) {
        this.keys = keys;
    }

    @Override
    public EventType handles() {
        return EventType.PARTY_ONBOARDED;
    }

    @Override
    public void handle(ReceivedEvent<PartyOnboarded> event) {
        keys.activeKey(event.payload().party());
    }
}
