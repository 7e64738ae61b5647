package org.ecites.customs.rest;

import java.time.LocalDate;
import org.ecites.customs.repository.MisdirectedArrival;

/** What the arrival Party recorded, and the flag both Parties of the trade now see on the consignment. */
public record MisdirectedArrivalView(String permitNumber, String issuingParty, String importerParty,
        String arrivalParty, String port, LocalDate arrivedOn, String discrepancy) {

    static MisdirectedArrivalView of(MisdirectedArrival arrival) {
        return new MisdirectedArrivalView(arrival.permitNumber, arrival.exporterParty, arrival.importerParty,
                arrival.arrivalParty, arrival.port, arrival.arrivedOn, arrival.discrepancy());
    }
}
