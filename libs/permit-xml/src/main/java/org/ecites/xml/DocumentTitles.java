package org.ecites.xml;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.ecites.events.DocumentType;

/**
 * Box 1's heading. The message's type code says only E, R, I or O; for the certificates coded O its name
 * says which one, as the standard form's title does.
 */
final class DocumentTitles {

    private static final Map<DocumentType, String> TITLES = new EnumMap<>(Map.of(
            DocumentType.EXPORT, "Export permit",
            DocumentType.RE_EXPORT, "Re-export certificate",
            DocumentType.IMPORT, "Import permit",
            DocumentType.PRE_CONVENTION, "Pre-Convention certificate",
            DocumentType.CAPTIVE_BRED_OR_ARTIFICIALLY_PROPAGATED, "Certificate of captive breeding or artificial propagation",
            DocumentType.CERTIFICATE_OF_ORIGIN, "Certificate of origin",
            DocumentType.INTRODUCTION_FROM_THE_SEA, "Certificate of introduction from the sea",
            DocumentType.TRAVELLING_EXHIBITION, "Travelling-exhibition certificate",
            DocumentType.OWNERSHIP, "Certificate of ownership"));

    private DocumentTitles() {
    }

    static String titleOf(DocumentType type) {
        return TITLES.get(type);
    }

    static DocumentType typeOf(String code, String title) {
        return Arrays.stream(DocumentType.values())
                .filter(type -> type.code().equals(code))
                .filter(type -> !"O".equals(code) || TITLES.get(type).equalsIgnoreCase(title == null ? "" : title.strip()))
                .findFirst()
                .orElseThrow(() -> new PermitXmlException(PermitXmlException.Reason.INVALID, "box 1: document type "
                        + code + (title == null ? "" : " '" + title + "'") + " is not one of E, R, I or O named "
                        + String.join(", ", TITLES.entrySet().stream().filter(e -> "O".equals(e.getKey().code()))
                                .map(Map.Entry::getValue).toList())));
    }
}
