package org.ecites.registry.repository;

import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.ecites.events.DocumentType;
import org.ecites.platform.rest.PageRequest;

/**
 * What an officer looks for among the Party's documents; every criterion is optional. The partner is
 * the other Party of the trade, the species a case-insensitive part of a block's scientific name.
 */
public record PermitSearch(PermitStatus status, DocumentType type, String species, String partner,
        LocalDate issuedFrom, LocalDate issuedTo) {

    public List<Permit> run(String tenant, PageRequest paging) {
        List<String> where = new ArrayList<>(List.of("p.tenant = :tenant"));
        Parameters parameters = Parameters.with("tenant", tenant);
        if (status != null) {
            where.add("p.status = :status");
            parameters.and("status", status);
        }
        if (type != null) {
            where.add("p.documentType = :type");
            parameters.and("type", type);
        }
        if (partner != null) {
            where.add("(p.importer.country = :partner or p.exporter.country = :partner)");
            parameters.and("partner", partner);
        }
        if (issuedFrom != null) {
            where.add("p.issuedAt >= :from");
            parameters.and("from", issuedFrom.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (issuedTo != null) {
            where.add("p.issuedAt < :to");
            parameters.and("to", issuedTo.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        String from = "from Permit p";
        if (species != null) {
            from = "select distinct p from Permit p join p.lineItems item";
            where.add("lower(item.scientificName) like :species");
            parameters.and("species", "%" + species.toLowerCase() + "%");
        }
        return Permit.<Permit>find(from + " where " + String.join(" and ", where)
                        + " order by p.appliedAt desc nulls last, p.issuedAt desc nulls last, p.id", parameters)
                .page(paging.page()).list();
    }
}
