package org.ecites.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.ecites.api.PartyRule;
import org.ecites.platform.problem.ProblemException;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;
import org.ecites.registry.repository.HostedParty;
import org.ecites.registry.service.PartyOnboarding;
import org.ecites.registry.service.PartyUsers;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.RestResponse;

/** The Parties this platform hosts: onboarded and offboarded by a platform administrator, without a release. */
@Path("/api/v1/parties")
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class PartyResource {

    private static final String PARTY_CODE = "[A-Z]{2}";

    private final PartyOnboarding onboarding;
    private final Caller caller;

    PartyResource(PartyOnboarding onboarding, Caller caller) {
        this.onboarding = onboarding;
        this.caller = caller;
    }

    public record AuthorityRequest(@NotBlank @Size(max = 255) String name, @NotBlank @Size(max = 500) String address) {
    }

    public record OnboardingRequest(
            @NotNull @Pattern(regexp = PARTY_CODE, message = "must be an ISO 3166-1 alpha-2 code") String party,
            @NotBlank @Size(max = 255) String name,
            @Valid @NotNull AuthorityRequest managementAuthority,
            @Valid @NotNull UserRequest administrator) {
    }

    public record OffboardingRequest(@NotBlank @Size(max = 500) String reason) {
    }

    public record PartyView(String party, String name, HostedParty.Status status, String onboardedBy,
            Instant onboardedAt, String offboardedBy, Instant offboardedAt, String offboardingReason) {

        static PartyView of(HostedParty hosted) {
            return new PartyView(hosted.party, hosted.name, hosted.status, hosted.onboardedBy, hosted.onboardedAt,
                    hosted.offboardedBy, hosted.offboardedAt, hosted.offboardingReason);
        }
    }

    /** The first administrator's initial password is in this answer only; it is never stored here. */
    public record OnboardedView(PartyView party, PartyUsers.CreatedUser administrator) {
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.PLATFORM)
    @POST
    public RestResponse<OnboardedView> onboard(@Valid @NotNull OnboardingRequest request) {
        UserRequest admin = request.administrator();
        PartyOnboarding.Onboarded onboarded = onboarding.onboard(new PartyOnboarding.Onboarding(request.party(),
                request.name().strip(), request.managementAuthority().name().strip(),
                request.managementAuthority().address().strip(),
                new PartyUsers.NewUser(admin.username(), admin.email(), admin.firstName(), admin.lastName(),
                        Roles.MA_ADMIN)), caller.username());
        return RestResponse.ResponseBuilder.<OnboardedView>created(URI.create("/api/v1/parties/" + request.party()))
                .entity(new OnboardedView(PartyView.of(onboarded.party()), onboarded.administrator())).type(MediaType.APPLICATION_JSON).build();
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.PLATFORM)
    @GET
    public List<PartyView> parties() {
        return HostedParty.listByCode().stream().map(PartyView::of).toList();
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.PLATFORM)
    @GET
    @Path("/{party}")
    public PartyView party(@PathParam("party") String party) {
        return HostedParty.<HostedParty>findByIdOptional(party).map(PartyView::of)
                .orElseThrow(() -> ProblemException.notFound("Party " + party + " was never hosted here"));
    }

    /** The Party's users are disabled and nothing new reaches it; its documents and audit trail stay. */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.PLATFORM)
    @POST
    @Path("/{party}/offboarding")
    public PartyView offboard(@PathParam("party") String party, @Valid @NotNull OffboardingRequest request) {
        return PartyView.of(onboarding.offboard(party, request.reason().strip(), caller.username()));
    }
}
