package org.ecites.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.ecites.events.PartyOffboarded;
import org.ecites.events.PartyOnboarded;
import org.ecites.platform.outbox.Outbox;
import org.ecites.platform.problem.ProblemException;
import org.ecites.platform.repository.AdvisoryLocks;
import org.ecites.platform.security.Roles;
import org.ecites.platform.tenancy.PartyScope;
import org.ecites.registry.reference.CodeListHolder;
import org.ecites.registry.reference.ManagementAuthority;
import org.ecites.registry.reference.ReferenceChanges;
import org.ecites.registry.repository.HostedParty;

/**
 * Hosts a Party without a release: its group and first administrator in the identity provider, then, in
 * one transaction, its row, its Management Authority (box 6) and the PartyOnboarded event from which every
 * other service learns it (signing makes its CA and key, exchange delivers to its inbox). The identity
 * steps come first and are idempotent, so a failed transaction is simply repeated.
 */
@ApplicationScoped
public class PartyOnboarding {

    private final PartyUsers users;
    private final CodeListHolder codeLists;
    private final Outbox outbox;
    private final AdvisoryLocks locks;
    private final ReferenceChanges changes;
    private final Clock clock;

    PartyOnboarding(PartyUsers users, CodeListHolder codeLists, Outbox outbox, AdvisoryLocks locks,
            ReferenceChanges changes, Clock clock) {
        this.changes = changes;
        this.locks = locks;
        this.users = users;
        this.codeLists = codeLists;
        this.outbox = outbox;
        this.clock = clock;
    }

    public record Onboarding(String party, String name, String authorityName, String authorityAddress,
            PartyUsers.NewUser administrator) {
    }

    public record Onboarded(HostedParty party, PartyUsers.CreatedUser administrator) {
    }

    public Onboarded onboard(Onboarding request, String platformAdmin) {
        String party = request.party();
        if (!codeLists.codeLists().isCountry(party)) {
            throw ProblemException.invalidField("party", "unknown country '" + party + "'");
        }
        if (HostedParty.isHosted(party)) {
            throw ProblemException.conflict("Party " + party + " is hosted already");
        }
        PartyUsers.NewUser administrator = request.administrator();
        users.ensureGroup(party, request.name());
        PartyUsers.CreatedUser created = users.create(party, new PartyUsers.NewUser(administrator.username(),
                administrator.email(), administrator.firstName(), administrator.lastName(), Roles.MA_ADMIN), true);
        HostedParty hosted = PartyScope.inTransaction(party, () -> record(request, platformAdmin));
        return new Onboarded(hosted, created);
    }

    public HostedParty offboard(String party, String reason, String platformAdmin) {
        if (!HostedParty.isHosted(party)) {
            throw ProblemException.notFound("Party " + party + " is not hosted here");
        }
        users.disableAll(party);
        return PartyScope.inTransaction(party, () -> {
            HostedParty hosted = HostedParty.findById(party);
            hosted.status = HostedParty.Status.OFFBOARDED;
            hosted.offboardedBy = platformAdmin;
            hosted.offboardedAt = clock.instant();
            hosted.offboardingReason = reason;
            changes.changeInThisTransaction();
            outbox.record(new PartyOffboarded(party, reason, platformAdmin, hosted.offboardedAt), party);
            return hosted;
        });
    }

    private HostedParty record(Onboarding request, String platformAdmin) {
        // Two administrators onboarding one Party at once: the second waits here and then finds it hosted.
        locks.lock("onboarding:" + request.party());
        HostedParty hosted = HostedParty.<HostedParty>findByIdOptional(request.party()).orElseGet(HostedParty::new);
        if (hosted.status == HostedParty.Status.HOSTED) {
            throw ProblemException.conflict("Party " + request.party() + " is hosted already");
        }
        hosted.party = request.party();
        hosted.name = request.name();
        hosted.status = HostedParty.Status.HOSTED;
        hosted.onboardedBy = platformAdmin;
        hosted.onboardedAt = clock.instant();
        hosted.offboardedBy = null;
        hosted.offboardedAt = null;
        hosted.offboardingReason = null;
        hosted.persist();
        ManagementAuthority authority = ManagementAuthority.<ManagementAuthority>findByIdOptional(request.party())
                .orElseGet(ManagementAuthority::new);
        authority.party = request.party();
        authority.name = request.authorityName();
        authority.address = request.authorityAddress();
        authority.updatedBy = platformAdmin;
        authority.updatedAt = hosted.onboardedAt;
        authority.persist();
        changes.changeInThisTransaction();
        outbox.record(new PartyOnboarded(hosted.party, hosted.name, platformAdmin, hosted.onboardedAt), hosted.party);
        return hosted;
    }
}
