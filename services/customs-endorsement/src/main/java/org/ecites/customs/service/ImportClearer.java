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
import org.ecites.events.ImportCleared;
import org.ecites.events.QuantitiesConfirmed;
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

    /** What the importing Party's customs inspected: the foreign document, where and when it arrived, how much. */
    public record Inspection(String permitNumber, String issuingParty, String port, LocalDate arrivedOn,
            String importPermitNumber, String customsDeclaration, List<BlockQuantities.Given> quantities) {
    }

    /** @return the document, now cleared */
    @Transactional
    public EndorsablePermit clear(Inspection inspection, String party, String officer) {
        EndorsablePermit document = EndorsablePermit
                .forImporter(party, inspection.issuingParty(), inspection.permitNumber())
                .orElseThrow(() -> ProblemException.notFound("no signed document " + inspection.permitNumber() + " of "
                        + inspection.issuingParty() + " is addressed to your Party"));
        locks.lock("clearance:" + document.permitId);
        Optional<Clearance> earlier = Clearance.ofPermit(document.permitId);
        if (earlier.isPresent()) {
            throw ProblemException.conflict("document " + inspection.permitNumber() + " was cleared on "
                    + earlier.get().arrivedOn + " and is used");
        }
        if (document.status == EndorsementStatus.WITHDRAWN) {
            throw ProblemException.conflict("document " + inspection.permitNumber() + " was cancelled or replaced by "
                    + "the issuing Party and cannot be used");
        }
        PermitDocument permit = document.permit();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate arrivedOn = inspection.arrivedOn() != null ? inspection.arrivedOn() : today;
        if (arrivedOn.isAfter(today)) {
            throw ProblemException.invalidField("arrivedOn", "the goods cannot have arrived after today, " + today);
        }
        checkImportPermit(inspection, permit);
        Map<String, LineItem> items = BlockQuantities.check(inspection.quantities(), permit, false);
        record(permit, new Arrival(party, inspection.port(), arrivedOn, inspection.importPermitNumber(),
                inspection.customsDeclaration(), officer, inspection.quantities()), items, now);
        return document;
    }

    /**
     * The quantities a non-hosted importing Party's customs inspected, confirmed by its partner system: a
     * clearance made abroad, recorded once, with the same discrepancies as one made here.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void clearAbroad(QuantitiesConfirmed confirmed) {
        EndorsablePermit document = EndorsablePermit.findById(confirmed.permitId());
        if (document == null) {
            return;
        }
        locks.lock("clearance:" + document.permitId);
        if (Clearance.ofPermit(document.permitId).isPresent()) {
            return;
        }
        PermitDocument permit = document.permit();
        List<BlockQuantities.Given> given = confirmed.quantities().stream()
                .map(q -> new BlockQuantities.Given(q.itemId(), q.quantity(), null)).toList();
        Map<String, LineItem> items = BlockQuantities.check(given, permit, false);
        record(permit, new Arrival(confirmed.importerParty(), null,
                LocalDate.ofInstant(confirmed.confirmedAt(), ZoneOffset.UTC), permit.importPermitNumber(), null,
                "partner system " + confirmed.partner(), given), items, clock.instant());
    }

    private void record(PermitDocument permit, Arrival arrival, Map<String, LineItem> items, Instant now) {
        Clearance clearance = new Clearance();
        clearance.id = UUID.randomUUID();
        clearance.permitId = permit.permitId();
        clearance.importerParty = arrival.party();
        clearance.port = arrival.port();
        clearance.arrivedOn = arrival.on();
        clearance.importPermitNumber = arrival.importPermitNumber();
        clearance.customsDeclaration = arrival.customsDeclaration();
        clearance.officer = arrival.officer();
        clearance.createdAt = now;
        arrival.quantities().forEach(q -> clearance.quantities.add(new Endorsement.Quantity(q.itemId(), q.quantity())));
        List<String> discrepancies = discrepancies(arrival, permit, items);
        clearance.discrepancies = String.join("\n", discrepancies);
        clearance.persist();

        outbox.record(new ImportCleared(permit, clearance.id, arrival.on(), arrival.port(), arrival.officer(),
                arrival.quantities().stream().map(q -> new ImportCleared.ClearedQuantity(q.itemId(), q.quantity()))
                        .toList(), discrepancies), arrival.party());
    }

    /** What customs saw arrive; no port when a partner system confirmed the quantities (EPIX names none). */
    private record Arrival(String party, String port, LocalDate on, String importPermitNumber,
            String customsDeclaration, String officer, List<BlockQuantities.Given> quantities) {
    }

    /** Art. III.2(d): an Appendix I specimen is imported under the import permit the export permit quotes. */
    private static void checkImportPermit(Inspection inspection, PermitDocument permit) {
        boolean appendixOne = permit.lineItems().stream().anyMatch(item -> "I".equals(item.appendix()));
        if (appendixOne && (inspection.importPermitNumber() == null
                || !inspection.importPermitNumber().strip().equals(permit.importPermitNumber()))) {
            throw ProblemException.invalidField("importPermitNumber", "an Appendix I specimen is imported under the "
                    + "import permit the export permit quotes" + (permit.importPermitNumber() == null ? ""
                    : ", " + permit.importPermitNumber()) + "; given: " + inspection.importPermitNumber());
        }
    }

    private static List<String> discrepancies(Arrival arrival, PermitDocument permit, Map<String, LineItem> items) {
        LocalDate arrivedOn = arrival.on();
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
        for (BlockQuantities.Given quantity : arrival.quantities()) {
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
