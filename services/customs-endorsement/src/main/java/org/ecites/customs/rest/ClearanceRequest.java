package org.ecites.customs.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ecites.customs.service.BlockQuantities;
import org.ecites.customs.service.ImportClearer;

/**
 * What the importing Party's customs saw arrive: the foreign document (number and issuing Party), the day
 * and port of arrival, the quantity inspected per block, and for Appendix I specimens the import permit.
 */
public record ClearanceRequest(
        @NotBlank @Size(max = 35) String permitNumber,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String issuingParty,
        @NotNull @Pattern(regexp = "[A-Z]{2}[A-Z2-9]{3}", message = "must be a UN/LOCODE such as NOOSL") String port,
        LocalDate arrivedOn,
        @Size(max = 35) String importPermitNumber,
        @Size(max = 64) @Pattern(regexp = "[\\p{Alnum} ./_-]*", message = "letters, digits, spaces and . / _ - only")
        String customsDeclaration,
        @NotEmpty @Size(max = 26) List<@Valid @NotNull Quantity> quantities) {

    ImportClearer.Inspection inspection() {
        return new ImportClearer.Inspection(permitNumber, issuingParty, port, arrivedOn, importPermitNumber,
                customsDeclaration, quantities.stream().map(Quantity::given).toList());
    }

    public record Quantity(
            @NotBlank @Pattern(regexp = "[A-Z]", message = "must be a block letter such as A") String itemId,
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be above zero")
            @Digits(integer = 15, fraction = 6) BigDecimal quantity,
            @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter unit code") String unit) {

        BlockQuantities.Given given() {
            return new BlockQuantities.Given(itemId, quantity, unit);
        }
    }
}
