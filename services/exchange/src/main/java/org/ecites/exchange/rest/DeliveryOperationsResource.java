package org.ecites.exchange.rest;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.ecites.api.PartyRule;
import org.ecites.exchange.repository.Delivery;
import org.ecites.exchange.repository.DeliveryHistory;
import org.ecites.exchange.repository.DeliveryStatus;
import org.ecites.exchange.service.PartnerPusher;
import org.ecites.platform.rest.PageRequest;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;
import org.ecites.platform.tenancy.PartyScope;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/** The failed deliveries of every Party, for the platform's operators to send again once a partner is back. */
@Path("/api/v1/operations/deliveries")
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class DeliveryOperationsResource {

    private final PartnerPusher pusher;
    private final Caller caller;

    DeliveryOperationsResource(PartnerPusher pusher, Caller caller) {
        this.pusher = pusher;
        this.caller = caller;
    }

    /** Deliveries whose attempts ran out (FailedDelivery), oldest first. */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.PLATFORM)
    @GET
    public List<DeliveryView> failed(@Valid @BeanParam PageRequest paging) {
        return PartyScope.inTransaction(PartyScope.EVERY_PARTY, () -> Delivery.<Delivery>find("status",
                Sort.ascending("createdAt"), DeliveryStatus.FAILED_DELIVERY).page(paging.page()).stream()
                .map(DeliveryView::of).toList());
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.PLATFORM)
    @POST
    @Path("/{id}/retry")
    public DeliveryView retry(@PathParam("id") UUID id) {
        Delivery delivery = pusher.retry(id, caller.username());
        return PartyScope.inTransaction(PartyScope.EVERY_PARTY, () -> DeliveryView.of(delivery, DeliveryHistory.of(id)));
    }
}
