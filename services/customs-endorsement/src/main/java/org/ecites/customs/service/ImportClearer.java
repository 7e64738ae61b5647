package org.ecites.customs.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ecites.customs.repository.Clearance;
import org.ecites.customs.repository.EndorsablePermit;
import org.ecites.customs.repository.Endorsement;
import org.ecites.customs.repository.EndorsementStatus;
import org.ecites.customs.rest.ClearanceRequest;
import org.ecites.events.ImportCleared;
import org.ecites.events.LineItem;
import org.ecites.events.PermitDocument;
import org.ecites.platform.outbox.Outbox;
import org.ecites.platform.problem.ProblemException;
import org.ecites.platform.repository.AdvisoryLocks;

/**
 * Records what the importing Party's customs saw arrive on a foreign document (Art. VI.6): once per
 * document, never on a cancelled or replaced one, with the Appendix I import permit the export permit
 * quotes; every difference from what was permitted and exported is kept as a discrepancy for both
 * Management Authorities, and ImportCleared tells the exporting side.
 */
@ApplicationScoped
public class ImportClearer {

    private final Outbox outbox;
    private final AdvisoryLocks locks;
    private final Clock clock;

    ImportClearer(Outbox outbox, AdvisoryLocks locks, Clock clock) {
        this.outbox = outbox;
        this.locks = locks;
        this.clock = clock;
    }

    /** @return the document, now cleared */
    @Transactional
    public EndorsablePermit clear(ClearanceRequest request, String party, String officer) {
        EndorsablePermit document = EndorsablePermit.forImporter(party, request.issuingParty(), request.permitNumber())
                .orElseThrow(() -> ProblemException.notFound("no signed document " + request.permitNumber() + " of "
                        + request.issuingParty() + " is addressed to your Party"));
        locks.lock("clearance:" + document.permitId);
        Optional<Clearance> earlier = Clearance.ofPermit(document.permitId);
        if (earlier.isPresent()) {
            throw ProblemException.conflict("document " + request.permitNumber() + " was cleared on "
                    + earlier.get().arrivedOn + " and is used");
        }
        if (document.status == EndorsementStatus.WITHDRAWN) {
            throw ProblemException.conflict("document " + request.permitNumber() + " was cancelled or replaced by "
                    + "the issuing Party and cannot be used");
        }
        PermitDocument permit = document.permit();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate arrivedOn = request.arrivedOn() != null ? request.arrivedOn() : today;
        if (arrivedOn.isAfter(today)) {
            throw ProblemException.invalidField("arrivedOn", "the goods cannot have arrived after today, " + today);
        }
        checkImportPermit(request, permit);
        Map<String, LineItem> items = BlockQuantities.check(request.quantities().stream()
                .map(q -> new BlockQuantities.Given(q.itemId(), q.quantity(), q.unit())).toList(), permit, false);

        Clearance clearance = new Clearance();
        clearance.id = UUID.randomUUID();
        clearance.permitId = permit.permitId();
        clearance.importerParty = party;
        clearance.port = request.port();
        clearance.arrivedOn = arrivedOn;
        clearance.importPermitNumber = request.importPermitNumber();
        clearance.customsDeclaration = request.customsDeclaration();
        clearance.officer = officer;
        clearance.createdAt = now;
        request.quantities().forEach(q -> clearance.quantities.add(new Endorsement.Quantity(q.itemId(), q.quantity())));
        List<String> discrepancies = discrepancies(request, permit, items, arrivedOn);
        clearance.discrepancies = String.join("\n", discrepancies);
        clearance.persist();

        outbox.record(new ImportCleared(permit, clearance.id, arrivedOn, request.port(), officer,
                request.quantities().stream().map(q -> new ImportCleared.ClearedQuantity(q.itemId(), q.quantity()))
                        .toList(), discrepancies), party);
        return document;
    }

    /** Art. III.2(d): an Appendix I specimen is imported under the import permit the export permit quotes. */
    private static void checkImportPermit(ClearanceRequest request, PermitDocument permit) {
        boolean appendixOne = permit.lineItems().stream().anyMatch(item -> "I".equals(item.appendix()));
        if (appendixOne && (request.importPermitNumber() == null
                || !request.importPermitNumber().strip().equals(permit.importPermitNumber()))) {
            throw ProblemException.invalidField("importPermitNumber", "an Appendix I specimen is imported under the "
                    + "import permit the export permit quotes" + (permit.importPermitNumber() == null ? ""
                    : ", " + permit.importPermitNumber()) + "; given: " + request.importPermitNumber());
        }
    }

    private static List<String> discrepancies(ClearanceRequest request, PermitDocument permit,
            Map<String, LineItem> items, LocalDate arrivedOn) {
        List<String> found = new ArrayList<>();
        Optional<Endorsement> export = Endorsement.<Endorsement>find("permitId", permit.permitId()).firstResultOptional();
        if (export.isEmpty()) {
            found.add("imported without an export endorsement");
        }
        if (arrivedOn.isAfter(permit.validUntil())) {
            found.add("arrived on " + arrivedOn + ", after the document expired on " + permit.validUntil());
        }
        Map<String, BigDecimal> exported = export.map(e -> e.quantities.stream()
                .collect(Collectors.toMap(q -> q.itemId, q -> q.quantity))).orElse(Map.of());
        for (ClearanceRequest.Quantity quantity : request.quantities()) {
            LineItem item = items.get(quantity.itemId());
            if (quantity.quantity().compareTo(item.quantity()) > 0) {
                found.add("block " + item.itemId() + ": imported " + BlockQuantities.plain(quantity.quantity())
                        + ", permitted " + BlockQuantities.plain(item.quantity()));
            }
            BigDecimal out = exported.get(quantity.itemId());
            if (out != null && out.compareTo(quantity.quantity()) != 0) {
                found.add("block " + item.itemId() + ": exported " + BlockQuantities.plain(out) + ", imported "
                        + BlockQuantities.plain(quantity.quantity()));
            }
        }
        return found;
    }
}
