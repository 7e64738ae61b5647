package org.ecites.customs.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ecites.customs.repository.Clearance;
import org.ecites.customs.repository.EndorsablePermit;
import org.ecites.customs.repository.Endorsement;
import org.ecites.customs.repository.EndorsementStatus;
import org.ecites.customs.repository.MisdirectedArrival;
import org.ecites.events.PermitDocument;

/**
 * One consignment as both Parties see it: per block what was permitted, exported and imported, the days and
 * ports at each border, and the discrepancies flagged to both Management Authorities.
 */
public record ConsignmentView(String permitNumber, String exporterParty, String importerParty,
        EndorsementStatus exportStatus, LocalDate exportedOn, String exportPort, LocalDate arrivedOn,
        String arrivalPort, List<Block> blocks, List<String> discrepancies) {

    public record Block(String itemId, String scientificName, String unit, BigDecimal permitted, BigDecimal exported,
            BigDecimal imported) {
    }

    static ConsignmentView of(EndorsablePermit document) {
        PermitDocument permit = document.permit();
        Optional<Endorsement> export = Endorsement.<Endorsement>find("permitId", permit.permitId()).firstResultOptional();
        Optional<Clearance> arrival = Clearance.ofPermit(permit.permitId());
        List<Block> blocks = permit.lineItems().stream().map(item -> new Block(item.itemId(), item.scientificName(),
                item.unit(), item.quantity(),
                export.flatMap(e -> quantityOf(e.quantities, item.itemId())).orElse(null),
                arrival.flatMap(c -> quantityOf(c.quantities, item.itemId())).orElse(null))).toList();
        return new ConsignmentView(permit.permitNumber(), permit.exporterParty(), permit.importerParty(),
                document.status, export.map(e -> e.endorsedOn).orElse(null), export.map(e -> e.port).orElse(null),
                arrival.map(c -> c.arrivedOn).orElse(null), arrival.map(c -> c.port).orElse(null), blocks,
                Stream.concat(arrival.map(Clearance::discrepancyList).orElse(List.of()).stream(),
                        MisdirectedArrival.ofPermit(permit.permitId()).stream().map(MisdirectedArrival::discrepancy))
                        .toList());
    }

    private static Optional<BigDecimal> quantityOf(List<Endorsement.Quantity> quantities, String itemId) {
        return quantities.stream().filter(q -> q.itemId.equals(itemId)).map(q -> q.quantity).findFirst();
    }
}
