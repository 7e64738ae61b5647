package org.ecites.registry.reference;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.ecites.events.TradeParty;
import org.ecites.platform.problem.ProblemException;
import org.ecites.registry.repository.HostedParty;

/**
 * What every request of a Party needs to know of it: whether it is hosted, and its Management Authority
 * (box 6). Read once and kept until either changes, instead of two queries for every permit issued.
 */
@ApplicationScoped
public class HostedParties {

    private final NotifiedCache<String, Boolean> hosted;
    private final NotifiedCache<String, Optional<TradeParty>> authorities;

    HostedParties(ReferenceChanges changes) {
        this.hosted = new NotifiedCache<>(changes);
        this.authorities = new NotifiedCache<>(changes);
    }

    /** @return the Party, when it is hosted; a 403 problem for one never onboarded or offboarded */
    public String requireHosted(String party) {
        if (!hosted.get(party, HostedParty::isHosted)) {
            throw ProblemException.forbidden("Party " + party + " is not hosted on this platform");
        }
        return party;
    }

    /** Box 6 as the Party recorded it; read in the Party's scope, as row-level security lets only it see it. */
    public Optional<TradeParty> managementAuthorityOf(String party) {
        return authorities.get(party, ManagementAuthority::box6Of);
    }
}
