package org.ecites.exchange.rest;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.ecites.exchange.repository.Delivery;
import org.ecites.exchange.repository.ReceivedPermit;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;

@Path("/api/v1")
@RolesAllowed({Roles.MA_OFFICER, Roles.CUSTOMS_OFFICER})
public class ExchangeResource {

    private final Caller caller;

    ExchangeResource(Caller caller) {
        this.caller = caller;
    }

    /** Documents other Parties issued for trade with the caller's Party, newest first. */
    @GET
    @Path("/inbox")
    public List<InboxEntry> inbox(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return ReceivedPermit.<ReceivedPermit>find("recipientParty", Sort.descending("receivedAt"), caller.party())
                .page(Page.of(page, size)).stream().map(InboxEntry::of).toList();
    }

    /** Where the caller's Party's permits went, newest first. */
    @GET
    @Path("/deliveries")
    public List<DeliveryView> deliveries(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return Delivery.<Delivery>find("senderParty", Sort.descending("createdAt"), caller.party())
                .page(Page.of(page, size)).stream().map(DeliveryView::of).toList();
    }
}
