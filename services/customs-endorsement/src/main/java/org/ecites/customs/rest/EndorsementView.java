package org.ecites.customs.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ecites.customs.repository.Endorsement;

public record EndorsementView(UUID id, String permitNumber, String port, String transportDocument,
        String customsDeclaration, LocalDate endorsedOn, String officer, List<Line> quantities) {

    public record Line(String itemId, BigDecimal quantity) {
    }

    static EndorsementView of(Endorsement endorsement, String permitNumber) {
        return new EndorsementView(endorsement.id, permitNumber, endorsement.port, endorsement.transportDocument,
                endorsement.customsDeclaration, endorsement.endorsedOn, endorsement.officer,
                endorsement.quantities.stream().map(q -> new Line(q.itemId, q.quantity)).toList());
    }
}
