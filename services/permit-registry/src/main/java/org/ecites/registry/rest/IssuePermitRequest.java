package org.ecites.registry.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ecites.events.DocumentType;
import org.ecites.registry.service.PermitApplication;

/**
 * What an MA officer fills in to issue a document, box by box. The issuing Party is the caller's; a
 * trade party's country may be left out on the issuing Party's side.
 */
public record IssuePermitRequest(
        @NotNull DocumentType documentType,
        @NotNull @Valid TradePartyRequest exporter,
        @NotNull @Valid TradePartyRequest importer,
        @NotNull @Pattern(regexp = "[A-Z]", message = "box 5a: must be a one-letter purpose code") String purpose,
        @Size(max = 2000) String specialConditions,
        @Size(max = 35) String importPermitNumber,
        LocalDate validUntil,
        @Size(max = 100) String placeOfIssue,
        @NotEmpty @Size(max = 26) List<@Valid @NotNull Item> lineItems) {

    PermitApplication application() {
        return new PermitApplication(documentType, exporter.trader(), importer.trader(), purpose, specialConditions,
                importPermitNumber, validUntil, placeOfIssue, lineItems.stream().map(Item::item).toList());
    }

    /** Box 3 or box 4. */
    public record TradePartyRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 500) String address,
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country) {

        PermitApplication.Trader trader() {
            return new PermitApplication.Trader(name, address, country);
        }
    }

    /** Boxes 7 to 12 of one block, with the findings an export rests on. */
    public record Item(
            @NotBlank @Size(max = 255) String scientificName,
            @Size(max = 255) String commonName,
            @Size(max = 1000) String description,
            @NotNull @Pattern(regexp = "I|II|III", message = "box 10: must be I, II or III") String appendix,
            @NotNull @Pattern(regexp = "[A-Z]", message = "box 10: must be a one-letter source code") String source,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "box 9: must be a three-letter term code") String term,
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "box 11: must be above zero")
            @Digits(integer = 15, fraction = 6) BigDecimal quantity,
            @Pattern(regexp = "[A-Z]{3}", message = "box 11: must be a three-letter unit code") String unit,
            @Pattern(regexp = "[A-Z]{2}", message = "box 12: must be an ISO 3166-1 alpha-2 code") String originCountry,
            @Size(max = 35) String originPermitNumber,
            LocalDate originPermitDate,
            @Pattern(regexp = "[A-Z]{2}", message = "box 12a: must be an ISO 3166-1 alpha-2 code") String lastReExportCountry,
            @Size(max = 35) String lastReExportCertificateNumber,
            LocalDate lastReExportDate,
            @Size(max = 100) String registeredOperation,
            LocalDate acquisitionDate,
            @Size(max = 500) String nonDetrimentFinding,
            @Size(max = 500) String legalAcquisitionFinding,
            @Schema(description = "The officer confirms a species the checklist does not name, in a genus whose named "
                    + "species stand in stricter appendices: the block then follows the genus' listing")
            Boolean confirmUnnamedSpecies,
            @Size(max = 500) @Schema(description = "Why a permit is issued for a block that its listing's annotation "
                    + "leaves outside CITES (no permit is needed for it)") String notCoveredReason) {

        PermitApplication.Item item() {
            return new PermitApplication.Item(scientificName, commonName, description, appendix, source, term, quantity,
                    unit, originCountry, originPermitNumber, originPermitDate, lastReExportCountry,
                    lastReExportCertificateNumber, lastReExportDate, registeredOperation, acquisitionDate,
                    nonDetrimentFinding, legalAcquisitionFinding, confirmUnnamedSpecies, notCoveredReason);
        }
    }
}
