package org.ecites.xml;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ecites.xml.cefact.ram.ReferencedDocumentType;

/** Documents the message refers to, told apart by their UN/EDIFACT 1001 type code. */
final class ReferencedDocuments {

    static final String IMPORT_PERMIT = "911";
    static final String ORIGIN_PERMIT = "861";
    static final String RE_EXPORT_CERTIFICATE = "811";
    static final String CUSTOMS_DECLARATION = "830";

    private ReferencedDocuments() {
    }

    static ReferencedDocumentType of(String number, String typeCode, LocalDate issuedOn) {
        if (number == null) {
            return null;
        }
        ReferencedDocumentType document = new ReferencedDocumentType();
        document.setID(XmlValues.id(number));
        document.setTypeCode(XmlValues.code(typeCode));
        document.setIssueDateTime(XmlValues.day(issuedOn));
        return document;
    }

    static Optional<ReferencedDocumentType> find(List<ReferencedDocumentType> documents, String typeCode) {
        return documents.stream().filter(document -> typeCode.equals(XmlValues.value(document.getTypeCode())))
                .findFirst();
    }
}
