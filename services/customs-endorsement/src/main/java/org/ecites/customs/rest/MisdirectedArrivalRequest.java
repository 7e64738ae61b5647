package org.ecites.customs.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.ecites.customs.service.MisdirectedArrivals;

/**
 * Goods arrived at the caller's border with a document addressed to another Party: the seal scanned from
 * its QR code, the port and the day of arrival (today when not given).
 */
public record MisdirectedArrivalRequest(
        @NotBlank @Size(max = 4000) String seal,
        @NotNull @Pattern(regexp = "[A-Z]{2}[A-Z2-9]{3}", message = "must be a UN/LOCODE such as KEMBA") String port,
        LocalDate arrivedOn) {

    MisdirectedArrivals.Scan scan() {
        return new MisdirectedArrivals.Scan(seal, port, arrivedOn);
    }
}
