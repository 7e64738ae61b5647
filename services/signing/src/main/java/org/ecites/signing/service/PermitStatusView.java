package org.ecites.signing.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ecites.signing.repository.PermitStatusRows.Kind;
import org.ecites.signing.repository.PermitStatusRows.Row;

/**
 * The permit's state now, kept from the registry's and customs' events; for a used permit, what customs
 * endorsed, where and when (how the importing Party learns when the goods left and how much), and what
 * the importing Party's customs inspected on arrival. UNKNOWN when the seal holds but this platform signed
 * no such permit (e.g. a partner system's).
 */
public record PermitStatusView(String state, List<Endorsed> endorsements, List<Cleared> clearances) {

    /** @param rows {@link org.ecites.signing.repository.PermitStatusRows} of the permit */
    static PermitStatusView of(List<Row> rows) {
        if (rows.isEmpty()) {
            return new PermitStatusView("UNKNOWN", List.of(), List.of());
        }
        return new PermitStatusView(rows.getFirst().status().name(),
                rows.stream().filter(row -> row.kind() == Kind.ENDORSED)
                        .map(row -> new Endorsed(row.itemId(), row.quantity(), row.on(), row.port())).toList(),
                rows.stream().filter(row -> row.kind() == Kind.CLEARED)
                        .map(row -> new Cleared(row.itemId(), row.quantity(), row.on(), row.port())).toList());
    }

    /** @param port null when a partner system confirmed the quantities (EPIX names no port) */
    public record Cleared(String itemId, BigDecimal quantity, LocalDate arrivedOn, String port) {
    }

    public record Endorsed(String itemId, BigDecimal quantity, LocalDate endorsedOn, String port) {
    }
}
