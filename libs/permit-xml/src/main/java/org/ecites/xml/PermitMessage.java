package org.ecites.xml;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ecites.events.PermitDocument;

/**
 * What one CITESEPermit message says: the document as issued and, once known, what customs saw leave
 * (box 14, box 15) and what the importing Party's customs saw arrive. The checklist's reading of each
 * name ({@code checklistName}, {@code listingNote}) is the issuing registry's and does not travel.
 */
public record PermitMessage(PermitDocument permit, Examination exportEndorsement, Examination importClearance) {

    public static PermitMessage issued(PermitDocument permit) {
        return new PermitMessage(permit, null, null);
    }

    /**
     * Box 14 at export, or the clearance on arrival.
     *
     * @param customsDeclaration the customs declaration the goods were declared under
     * @param transportDocument box 15: bill of lading or air waybill; at export only
     */
    public record Examination(LocalDate on, String port, String officer, String customsDeclaration,
            String transportDocument, List<BlockQuantity> quantities) {

        public Examination {
            quantities = List.copyOf(quantities);
        }
    }

    /** The quantity customs counted for one block (A, B ...), in the block's unit. */
    public record BlockQuantity(String itemId, BigDecimal quantity) {
    }
}
