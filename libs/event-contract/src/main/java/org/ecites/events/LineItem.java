package org.ecites.events;

import java.math.BigDecimal;

/** One block (A, B, C ...) of boxes 7 to 12 of the standard form. */
public record LineItem(
        String itemId,
        String scientificName,
        String appendix,
        String source,
        String term,
        BigDecimal quantity,
        String unit,
        String originCountry) {
}
