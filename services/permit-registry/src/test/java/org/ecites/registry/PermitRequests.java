package org.ecites.registry;

import java.util.List;
import java.util.Map;

/** Request bodies for the permit API, as an object mother. */
final class PermitRequests {

    private PermitRequests() {
    }

    /** An export of two live Nile crocodiles from the wild, for commerce. */
    static Map<String, Object> crocodileExport(String importer) {
        return Map.of(
                "documentType", "EXPORT",
                "importerParty", importer,
                "purpose", "T",
                "lineItems", List.of(item("Crocodylus niloticus", "II", "W", "LIV", 2, null)));
    }

    static Map<String, Object> item(String species, String appendix, String source, String term, Number quantity,
            String unit) {
        var item = new java.util.HashMap<String, Object>(Map.of(
                "scientificName", species, "appendix", appendix, "source", source, "term", term, "quantity", quantity));
        if (unit != null) {
            item.put("unit", unit);
        }
        return item;
    }
}
