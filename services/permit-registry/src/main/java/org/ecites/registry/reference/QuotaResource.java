package org.ecites.registry.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
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
import java.util.List;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;

/** The caller's Party's national export quotas for a year, and how much of each is used (box 11a). */
@Path("/api/v1/reference/quotas/{year}")
public class QuotaResource {

    private final Caller caller;

    QuotaResource(Caller caller) {
        this.caller = caller;
    }

    public record QuotaEntry(
            @NotBlank @Size(max = 255) String scientificName,
            @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter term code") String term,
            @Pattern(regexp = "[A-Z]", message = "must be a one-letter source code") String source,
            @NotNull @DecimalMin("0") BigDecimal quantity,
            @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter unit code") String unit,
            BigDecimal used) {

        static QuotaEntry of(ExportQuota quota) {
            return new QuotaEntry(quota.scientificName, quota.term, quota.source, quota.quantity, quota.unit, quota.used);
        }
    }

    @GET
    @RolesAllowed({Roles.MA_OFFICER, Roles.MA_ADMIN})
    public List<QuotaEntry> quotas(@PathParam("year") @Min(1975) @Max(2999) int year) {
        return ExportQuota.of(caller.party(), year).stream().map(QuotaEntry::of).toList();
    }

    /** Sets the given quotas (what is used of an existing one stays); a quota not given is left as it is. */
    @PUT
    @RolesAllowed(Roles.MA_ADMIN)
    @Transactional
    public List<QuotaEntry> setQuotas(@PathParam("year") @Min(1975) @Max(2999) int year,
            @NotNull @Size(max = 5000) List<@Valid @NotNull QuotaEntry> entries) {
        String party = caller.party();
        for (QuotaEntry entry : entries) {
            ExportQuota quota = ExportQuota.<ExportQuota>find("party = ?1 and year = ?2 and lower(scientificName) = "
                            + "lower(?3) and coalesce(term, '') = ?4 and coalesce(source, '') = ?5", party, year,
                    entry.scientificName().strip(), entry.term() == null ? "" : entry.term(),
                    entry.source() == null ? "" : entry.source()).firstResultOptional().orElseGet(() -> {
                        ExportQuota created = new ExportQuota();
                        created.party = party;
                        created.year = year;
                        created.scientificName = entry.scientificName().strip();
                        created.term = entry.term();
                        created.source = entry.source();
                        created.used = BigDecimal.ZERO;
                        return created;
                    });
            quota.quantity = entry.quantity();
            quota.unit = entry.unit();
            quota.setBy = caller.username();
            quota.setAt = Instant.now();
            quota.persist();
        }
        return ExportQuota.of(party, year).stream().map(QuotaEntry::of).toList();
    }
}
