package org.ecites.customs.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.ecites.customs.repository.EndorsablePermit;
import org.ecites.customs.repository.MisdirectedArrival;
import org.ecites.platform.problem.ProblemException;
import org.ecites.platform.tenancy.PartyScope;

/**
 * Goods that arrive with a document at a Party it is not addressed to cannot be cleared there; that Party's
 * customs record the arrival, and both Parties of the trade see it flagged. The document is found by the
 * exact seal printed on it, the one proof that the arrival Party holds it: nothing else of another Party's
 * documents can be looked up, and the answer names only the document's number and its two Parties.
 */
@ApplicationScoped
public class MisdirectedArrivals {

    private final Clock clock;

    MisdirectedArrivals(Clock clock) {
        this.clock = clock;
    }

    /** The document behind a seal, as much of it as the one who holds the paper reads on it anyway. */
    public record SealedDocument(UUID permitId, String permitNumber, String exporterParty, String importerParty) {
    }

    /** A seal scanned at the caller's border, and the port and day the goods arrived (today when not given). */
    public record Scan(String seal, String port, LocalDate arrivedOn) {
    }

    @Transactional
    public MisdirectedArrival record(Scan scan, String party, String officer) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate arrivedOn = scan.arrivedOn() != null ? scan.arrivedOn() : today;
        if (arrivedOn.isAfter(today)) {
            throw ProblemException.invalidField("arrivedOn", "the goods cannot have arrived after today, " + today);
        }
        SealedDocument document = bySeal(scan.seal().strip());
        if (document.importerParty().equals(party)) {
            throw ProblemException.conflict("document " + document.permitNumber() + " is addressed to your Party: "
                    + "clear it with POST /api/v1/clearances");
        }
        if (document.exporterParty().equals(party)) {
            throw ProblemException.conflict("document " + document.permitNumber() + " is your Party's own: "
                    + "endorse it at export with POST /api/v1/endorsements");
        }
        return MisdirectedArrival.<MisdirectedArrival>find("permitId = ?1 and arrivalParty = ?2 and arrivedOn = ?3"
                        + " and port = ?4", document.permitId(), party, arrivedOn, scan.port())
                .firstResultOptional().orElseGet(() -> persist(document, party, scan.port(), arrivedOn, officer));
    }

    private static SealedDocument bySeal(String seal) {
        return PartyScope.inTransaction(PartyScope.EVERY_PARTY, () -> EndorsablePermit.bySealOfAnyParty(seal)
                .map(p -> new SealedDocument(p.permitId, p.permitNumber, p.exporterParty, p.importerParty)))
                .orElseThrow(() -> ProblemException.notFound("no signed document carries this seal: it was altered, "
                        + "or the document was not issued here"));
    }

    private MisdirectedArrival persist(SealedDocument document, String party, String port, LocalDate arrivedOn,
            String officer) {
        MisdirectedArrival arrival = new MisdirectedArrival();
        arrival.id = UUID.randomUUID();
        arrival.permitId = document.permitId();
        arrival.permitNumber = document.permitNumber();
        arrival.exporterParty = document.exporterParty();
        arrival.importerParty = document.importerParty();
        arrival.arrivalParty = party;
        arrival.port = port;
        arrival.arrivedOn = arrivedOn;
        arrival.officer = officer;
        arrival.createdAt = Instant.now(clock);
        arrival.persist();
        return arrival;
    }
}
