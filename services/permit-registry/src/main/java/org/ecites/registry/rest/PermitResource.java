package org.ecites.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ecites.api.PartyRule;
import org.ecites.events.DocumentType;
import org.ecites.platform.problem.ProblemException;
import org.ecites.platform.rest.PageRequest;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;
import org.ecites.registry.repository.AuditEntry;
import org.ecites.registry.repository.Permit;
import org.ecites.registry.repository.PermitSearch;
import org.ecites.registry.repository.PermitStatus;
import org.ecites.registry.service.Actor;
import org.ecites.registry.service.PermitIssuer;
import org.ecites.registry.service.PermitLifecycle;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.RestResponse;

/** The Management Authority's desk: issue, find, review, refuse, cancel and replace the Party's documents. */
@Path("/api/v1/permits")
@RolesAllowed(Roles.MA_OFFICER)
public class PermitResource {

    private final PermitIssuer issuer;
    private final PermitLifecycle lifecycle;
    private final Caller caller;

    PermitResource(PermitIssuer issuer, PermitLifecycle lifecycle, Caller caller) {
        this.issuer = issuer;
        this.lifecycle = lifecycle;
        this.caller = caller;
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @POST
    public RestResponse<PermitView> issue(@Valid @NotNull IssuePermitRequest request) {
        return created(issuer.issue(request.application(), caller.party(), officer()));
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @GET
    public List<PermitView> search(@QueryParam("status") String status, @QueryParam("type") String type,
            @QueryParam("species") String species,
            @QueryParam("partner") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String partner,
            @QueryParam("issuedFrom") LocalDate issuedFrom, @QueryParam("issuedTo") LocalDate issuedTo,
            @Valid @BeanParam PageRequest paging) {
        return new PermitSearch(enumValue(PermitStatus.class, "status", status),
                enumValue(DocumentType.class, "type", type), species, partner, issuedFrom, issuedTo)
                .run(caller.party(), paging).stream().map(PermitView::of).toList();
    }

    /** A document by its number, or by its id while it is still an application; applicants see their own only. */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @GET
    @Path("/{reference}")
    @RolesAllowed({Roles.MA_OFFICER, Roles.APPLICANT})
    public RestResponse<PermitView> get(@PathParam("reference") String reference) {
        Permit permit = find(reference);
        if (!caller.hasRole(Roles.MA_OFFICER) && !caller.username().equals(permit.appliedBy)) {
            throw ProblemException.notFound("no application " + reference + " of yours");
        }
        return RestResponse.ResponseBuilder.ok(PermitView.of(permit), MediaType.APPLICATION_JSON)
                .header("ETag", "\"" + permit.version + "\"").build();
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @GET
    @Path("/{reference}/audit")
    public AuditTrailView audit(@PathParam("reference") String reference) {
        Permit permit = find(reference);
        return AuditTrailView.of(permit.id, AuditEntry.trailOf(permit.id));
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @POST
    @Path("/{id}/review")
    public PermitView review(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return PermitView.of(lifecycle.review(caller.party(), id, version(ifMatch), officer()));
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @POST
    @Path("/{id}/issue")
    public PermitView issueApplication(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return PermitView.of(issuer.issueApplication(caller.party(), id, version(ifMatch), officer()));
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @POST
    @Path("/{id}/refuse")
    public PermitView refuse(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StatusChangeRequest request) {
        return PermitView.of(lifecycle.refuse(caller.party(), id, version(ifMatch), request.reason(), officer()));
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @POST
    @Path("/{id}/cancel")
    public PermitView cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StatusChangeRequest request) {
        return PermitView.of(lifecycle.cancel(caller.party(), id, version(ifMatch), request.reason(), officer()));
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @POST
    @Path("/{id}/replace")
    public RestResponse<PermitView> replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReplaceRequest request) {
        return created(issuer.replace(caller.party(), id, version(ifMatch), request.document().application(),
                request.reason(), officer()));
    }

    private Permit find(String reference) {
        String party = caller.party();
        Optional<UUID> id = uuid(reference);
        return (id.isPresent() ? Permit.<Permit>find("tenant = ?1 and id = ?2", party, id.get()).firstResultOptional()
                : Permit.findByNumber(party, reference))
                .orElseThrow(() -> ProblemException.notFound("no document " + reference + " of your Party"));
    }

    private Actor officer() {
        return new Actor(caller.username(), Roles.MA_OFFICER);
    }

    static RestResponse<PermitView> created(Permit permit) {
        String reference = permit.permitNumber != null ? permit.permitNumber : permit.id.toString();
        return RestResponse.ResponseBuilder.<PermitView>created(URI.create("/api/v1/permits/" + reference))
                .entity(PermitView.of(permit)).type(MediaType.APPLICATION_JSON).build();
    }

    /** The version an If-Match header names, quoted as in our ETags or bare; none when absent. */
    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("If-Match", "must be the version from the document's ETag");
        }
    }

    /** A query parameter naming a constant; an unknown one is a problem listing the known ones. */
    private static <E extends Enum<E>> E enumValue(Class<E> type, String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(parameter, "must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A reference shaped like a UUID but not one (say, of letters) is a number that matches nothing. */
    private static Optional<UUID> uuid(String reference) {
        if (reference.length() != 36 || reference.charAt(8) != '-') {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(reference));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
