package org.ecites.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for the permit API, as an object mother; each is a fresh mutable map a test may change. */
final class PermitRequests {

    private PermitRequests() {
    }

    /** An export of two skins of wild Nile crocodiles from Botswana (an Appendix II population), for commerce. */
    static Map<String, Object> crocodileExport(String importer) {
        Map<String, Object> body = new HashMap<>();
        body.put("documentType", "EXPORT");
        body.put("exporter", new HashMap<>(Map.of("name", "Reptilia AG", "address", "Seestrasse 1, 8000 Zurich")));
        body.put("importer", new HashMap<>(Map.of("name", "Akvariet AS", "address", "Nordnes 4, 5005 Bergen",
                "country", importer)));
        body.put("purpose", "T");
        body.put("placeOfIssue", "Bern");
        body.put("lineItems", new ArrayList<>(List.of(item("Crocodylus niloticus", "II", "W", "SKI", 2, null))));
        return body;
    }

    static Map<String, Object> item(String species, String appendix, String source, String term, Number quantity,
            String unit) {
        Map<String, Object> item = new HashMap<>(Map.of("scientificName", species, "appendix", appendix,
                "source", source, "term", term, "quantity", quantity, "originCountry", "BW",
                "nonDetrimentFinding", "SA-2026-17", "legalAcquisitionFinding", "MA-2026-0042"));
        if (unit != null) {
            item.put("unit", unit);
        }
        return item;
    }

    /** Ten scientific specimens of the African elephant from Kenya, an Appendix I population. */
    static Map<String, Object> elephantSpecimens() {
        Map<String, Object> item = item("Loxodonta africana", "I", "W", "SPE", 10, null);
        item.put("originCountry", "KE");
        return item;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> firstItem(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("lineItems")).get(0);
    }

    @SuppressWarnings("unchecked")
    static void addItem(Map<String, Object> body, Map<String, Object> item) {
        ((List<Map<String, Object>>) body.get("lineItems")).add(item);
    }
}
