package org.ecites.customs.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.ecites.customs.repository.EndorsablePermit;
import org.ecites.customs.repository.Endorsement;
import org.ecites.customs.repository.EndorsementStatus;
import org.ecites.customs.rest.EndorseRequest;
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

    @Transactional
    public Endorsement endorse(EndorseRequest request, String party, String officer) {
        EndorsablePermit endorsable = EndorsablePermit.lockByNumber(party, request.permitNumber())
                .orElseThrow(() -> ProblemException.notFound("no signed permit " + request.permitNumber()
                        + " of your Party awaits endorsement"));
        if (endorsable.status == EndorsementStatus.ENDORSED) {
            throw ProblemException.conflict("permit " + request.permitNumber() + " has already been endorsed");
        }
        if (endorsable.status == EndorsementStatus.WITHDRAWN) {
            throw ProblemException.conflict("permit " + request.permitNumber() + " was cancelled or replaced by "
                    + "the issuing Party and can no longer be used");
        }
        PermitDocument permit = endorsable.permit();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate exportedOn = request.exportedOn() != null ? request.exportedOn() : today;
        if (exportedOn.isAfter(today)) {
            throw ProblemException.invalidField("exportedOn", "box 14: the goods cannot have left after today, " + today);
        }
        if (exportedOn.isBefore(permit.validFrom()) || exportedOn.isAfter(permit.validUntil())) {
            throw ProblemException.conflict("permit " + request.permitNumber() + " is valid from "
                    + permit.validFrom() + " until " + permit.validUntil() + ", not on " + exportedOn);
        }
        BlockQuantities.check(request.quantities().stream()
                .map(q -> new BlockQuantities.Given(q.itemId(), q.quantity(), q.unit())).toList(), permit, true);

        Endorsement endorsement = new Endorsement();
        endorsement.id = UUID.randomUUID();
        endorsement.permitId = permit.permitId();
        endorsement.port = request.port();
        endorsement.transportDocument = request.transportDocument();
        endorsement.customsDeclaration = request.customsDeclaration();
        endorsement.endorsedOn = exportedOn;
        endorsement.officer = officer;
        endorsement.createdAt = now;
        request.quantities().forEach(q -> endorsement.quantities.add(new Endorsement.Quantity(q.itemId(), q.quantity())));
        endorsement.persist();
        endorsable.status = EndorsementStatus.ENDORSED;

        outbox.record(new PermitEndorsed(permit, endorsement.id, exportedOn, request.port(), officer,
                request.quantities().stream()
                        .map(q -> new PermitEndorsed.EndorsedQuantity(q.itemId(), q.quantity())).toList(),
                request.customsDeclaration(), request.transportDocument()), party);
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
