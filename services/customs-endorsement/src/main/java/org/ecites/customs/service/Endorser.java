package org.ecites.customs.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.ecites.customs.repository.EndorsablePermit;
import org.ecites.customs.repository.Endorsement;
import org.ecites.customs.repository.EndorsementStatus;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitEndorsed;
import org.ecites.events.PermitReceived;
import org.ecites.platform.outbox.Outbox;
import org.ecites.platform.problem.ProblemException;

/**
 * Records what customs saw leave on a permit. A permit is endorsed once, within its validity, and
 * never for more than it allows per block; the exporter learns the actual quantities by PermitEndorsed.
 */
@ApplicationScoped
public class Endorser {

    private final Outbox outbox;
    private final Clock clock;

    Endorser(Outbox outbox, Clock clock) {
        this.clock = clock;
        this.outbox = outbox;
    }

    /** Box 14 as customs fills it in when the goods leave: what left, where, when, and under which declaration. */
    public record Departure(String permitNumber, String port, String transportDocument, String customsDeclaration,
            LocalDate exportedOn, List<BlockQuantities.Given> quantities) {
    }

    @Transactional
    public Endorsement endorse(Departure departure, String party, String officer) {
        EndorsablePermit endorsable = EndorsablePermit.lockByNumber(party, departure.permitNumber())
                .orElseThrow(() -> ProblemException.notFound("no signed permit " + departure.permitNumber()
                        + " of your Party awaits endorsement"));
        if (endorsable.status == EndorsementStatus.ENDORSED) {
            throw ProblemException.conflict("permit " + departure.permitNumber() + " has already been endorsed");
        }
        if (endorsable.status == EndorsementStatus.WITHDRAWN) {
            throw ProblemException.conflict("permit " + departure.permitNumber() + " was cancelled or replaced by "
                    + "the issuing Party and can no longer be used");
        }
        PermitDocument permit = endorsable.permit();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate exportedOn = departure.exportedOn() != null ? departure.exportedOn() : today;
        if (exportedOn.isAfter(today)) {
            throw ProblemException.invalidField("exportedOn", "box 14: the goods cannot have left after today, " + today);
        }
        if (exportedOn.isBefore(permit.validFrom()) || exportedOn.isAfter(permit.validUntil())) {
            throw ProblemException.conflict("permit " + departure.permitNumber() + " is valid from "
                    + permit.validFrom() + " until " + permit.validUntil() + ", not on " + exportedOn);
        }
        BlockQuantities.check(departure.quantities(), permit, true);

        Endorsement endorsement = new Endorsement();
        endorsement.id = UUID.randomUUID();
        endorsement.permitId = permit.permitId();
        endorsement.port = departure.port();
        endorsement.transportDocument = departure.transportDocument();
        endorsement.customsDeclaration = departure.customsDeclaration();
        endorsement.endorsedOn = exportedOn;
        endorsement.officer = officer;
        endorsement.createdAt = now;
        departure.quantities().forEach(q ->
                endorsement.quantities.add(new Endorsement.Quantity(q.itemId(), q.quantity())));
        endorsement.persist();
        endorsable.status = EndorsementStatus.ENDORSED;

        outbox.record(new PermitEndorsed(permit, endorsement.id, exportedOn, departure.port(), officer,
                departure.quantities().stream()
                        .map(q -> new PermitEndorsed.EndorsedQuantity(q.itemId(), q.quantity())).toList(),
                departure.customsDeclaration(), departure.transportDocument()), party);
        return endorsement;
    }

    /**
     * Box 14 made abroad, as the partner system's document as used states it: the export endorsement of a
     * document that a Party not hosted here issued, recorded once. Its customs announced it there, so no
     * PermitEndorsed follows.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAbroad(EndorsablePermit document, PermitReceived.ExportEndorsement box14) {
        if (Endorsement.count("permitId", document.permitId) > 0) {
            return;
        }
        Endorsement endorsement = new Endorsement();
        endorsement.id = UUID.randomUUID();
        endorsement.permitId = document.permitId;
        endorsement.port = box14.port();
        endorsement.transportDocument = box14.transportDocument();
        endorsement.customsDeclaration = box14.customsDeclaration();
        endorsement.endorsedOn = box14.exportedOn();
        endorsement.officer = box14.officer() != null ? box14.officer() : "partner system " + document.partner;
        endorsement.createdAt = clock.instant();
        box14.quantities().forEach(q -> endorsement.quantities.add(new Endorsement.Quantity(q.itemId(), q.quantity())));
        endorsement.persist();
        if (document.status == EndorsementStatus.OPEN) {
            document.status = EndorsementStatus.ENDORSED;
        }
    }
}
