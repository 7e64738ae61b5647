package org.ecites.registry.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ecites.api.PartyRule;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/** The caller's Party's national export quotas for a year, and how much of each is used (box 11a). */
@Path("/api/v1/reference/quotas/{year}")
public class QuotaResource {

    private final Caller caller;

    QuotaResource(Caller caller) {
        this.caller = caller;
    }

    /**
     * @param scientificName a species, or a genus or higher taxon for all of its species
     * @param terms the terms the quota covers together; empty or absent for all
     * @param sources the sources the quota covers together; empty or absent for all
     */
    public record QuotaEntry(
            @NotBlank @Size(max = 255) String scientificName,
            @Size(max = 50) List<@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter term code")
                    String> terms,
            @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Z]", message = "must be a one-letter source code")
                    String> sources,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 6) BigDecimal quantity,
            @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter unit code") String unit,
            @Size(max = 1000) String notes,
            BigDecimal used) {

        static QuotaEntry of(ExportQuota quota) {
            return new QuotaEntry(quota.scientificName, quota.terms, quota.sources, quota.quantity, quota.unit,
                    quota.notes, quota.used);
        }

        List<String> sortedTerms() {
            return terms == null ? List.of() : terms.stream().distinct().sorted().toList();
        }

        List<String> sortedSources() {
            return sources == null ? List.of() : sources.stream().distinct().sorted().toList();
        }
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @GET
    @RolesAllowed({Roles.MA_OFFICER, Roles.MA_ADMIN})
    public List<QuotaEntry> quotas(@PathParam("year") @Min(1975) @Max(2999) int year) {
        return ExportQuota.of(caller.party(), year).stream().map(QuotaEntry::of).toList();
    }

    /** Sets the given quotas (what is used of an existing one stays); a quota not given is left as it is. */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @PUT
    @RolesAllowed(Roles.MA_ADMIN)
    @Transactional
    public List<QuotaEntry> setQuotas(@PathParam("year") @Min(1975) @Max(2999) int year,
            @NotNull @Size(max = 5000) List<@Valid @NotNull QuotaEntry> entries) {
        String party = caller.party();
        List<ExportQuota> existing = new ArrayList<>(ExportQuota.of(party, year));
        for (QuotaEntry entry : entries) {
            String name = entry.scientificName().strip();
            ExportQuota quota = existing.stream()
                    .filter(q -> q.scientificName.equalsIgnoreCase(name) && q.terms.equals(entry.sortedTerms())
                            && q.sources.equals(entry.sortedSources()) && Objects.equals(q.unit, entry.unit()))
                    .findFirst().orElseGet(() -> {
                        ExportQuota created = new ExportQuota();
                        created.party = party;
                        created.year = year;
                        created.scientificName = name;
                        created.terms = entry.sortedTerms();
                        created.sources = entry.sortedSources();
                        created.unit = entry.unit();
                        created.used = BigDecimal.ZERO;
                        existing.add(created);
                        return created;
                    });
            quota.quantity = entry.quantity();
            quota.notes = entry.notes();
            quota.setBy = caller.username();
            quota.setAt = Instant.now();
            quota.persist();
        }
        return ExportQuota.of(party, year).stream().map(QuotaEntry::of).toList();
    }
}
