package org.ecites.exchange.rest;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.ecites.api.PartyRule;
import org.ecites.exchange.repository.Delivery;
import org.ecites.exchange.repository.DeliveryHistory;
import org.ecites.exchange.repository.ReceivedPermit;
import org.ecites.exchange.service.Decisions;
import org.ecites.platform.problem.ProblemException;
import org.ecites.platform.rest.PageRequest;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

@Path("/api/v1")
@RolesAllowed({Roles.MA_OFFICER, Roles.CUSTOMS_OFFICER})
public class ExchangeResource {

    private final Caller caller;
    private final Decisions decisions;

    ExchangeResource(Caller caller, Decisions decisions) {
        this.caller = caller;
        this.decisions = decisions;
    }

    /** Documents other Parties issued for trade with the caller's Party, newest first. */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @GET
    @Path("/inbox")
    public List<InboxEntry> inbox(@Valid @BeanParam PageRequest paging) {
        return ReceivedPermit.<ReceivedPermit>find("recipientParty", Sort.descending("receivedAt"), caller.party())
                .page(paging.page()).stream().map(InboxEntry::of).toList();
    }

    /** One delivery of the caller's Party's documents, with every step it went through. */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @GET
    @Path("/deliveries/{id}")
    public DeliveryView delivery(@PathParam("id") UUID id) {
        return Delivery.<Delivery>findByIdOptional(id).filter(delivery -> delivery.senderParty.equals(caller.party()))
                .map(delivery -> DeliveryView.of(delivery, DeliveryHistory.of(id)))
                .orElseThrow(() -> ProblemException.notFound("no delivery " + id + " of your Party's documents"));
    }

    /** The Management Authority accepts or rejects a received document; the issuing Party learns it. */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @POST
    @Path("/inbox/{entryId}/decision")
    @RolesAllowed(Roles.MA_OFFICER)
    public InboxEntry decide(@PathParam("entryId") UUID entryId, @Valid @NotNull DecisionRequest request) {
        return InboxEntry.of(decisions.decide(entryId, caller.party(), request.decision(), request.reason(),
                caller.username()));
    }

    /** Where the caller's Party's permits went, newest first. */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @GET
    @Path("/deliveries")
    public List<DeliveryView> deliveries(@Valid @BeanParam PageRequest paging) {
        return Delivery.<Delivery>find("senderParty", Sort.descending("createdAt"), caller.party())
                .page(paging.page()).stream().map(DeliveryView::of).toList();
    }
}
