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
import org.ecites.customs.service.Endorser;

/**
 * Box 14 as customs fills it in at the border, and box 15: the quantity per block in the permit's unit (a unit,
 * when given, must be the block's), the day the goods left (today when not given) and the customs declaration.
 */
public record EndorseRequest(
        @NotBlank @Size(max = 35) String permitNumber,
        @NotNull @Pattern(regexp = "[A-Z]{2}[A-Z2-9]{3}", message = "box 14: must be a UN/LOCODE such as CHGVA") String port,
        @Size(max = 64) String transportDocument,
        @Size(max = 64) @Pattern(regexp = "[\\p{Alnum} ./_-]*", message = "box 14: letters, digits, spaces and . / _ - only")
        String customsDeclaration,
        LocalDate exportedOn,
        @NotEmpty @Size(max = 26) List<@Valid @NotNull Quantity> quantities) {

    Endorser.Departure departure() {
        return new Endorser.Departure(permitNumber, port, transportDocument, customsDeclaration, exportedOn,
                quantities.stream().map(Quantity::given).toList());
    }

    public record Quantity(
            @NotBlank @Pattern(regexp = "[A-Z]", message = "must be a block letter such as A") String itemId,
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "box 14: must be above zero")
            @Digits(integer = 15, fraction = 6) BigDecimal quantity,
            @Pattern(regexp = "[A-Z]{3}", message = "box 14: must be a three-letter unit code") String unit) {

        BlockQuantities.Given given() {
            return new BlockQuantities.Given(itemId, quantity, unit);
        }
    }
}
