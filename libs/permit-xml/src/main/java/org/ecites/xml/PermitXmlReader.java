package org.ecites.xml;

import static org.ecites.xml.XmlValues.dayOf;
import static org.ecites.xml.XmlValues.instantOf;
import static org.ecites.xml.XmlValues.unitOf;
import static org.ecites.xml.XmlValues.value;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ecites.events.DocumentType;
import org.ecites.events.LineItem;
import org.ecites.events.PermitDocument;
import org.ecites.events.TradeParty;
import org.ecites.xml.PermitMessage.BlockQuantity;
import org.ecites.xml.PermitMessage.Examination;
import org.ecites.xml.cefact.ram.ConsignmentItemType;
import org.ecites.xml.cefact.ram.CrossBorderRegulatoryProcedureType;
import org.ecites.xml.cefact.ram.DocumentAuthenticationType;
import org.ecites.xml.cefact.ram.HeaderExchangedDocumentType;
import org.ecites.xml.cefact.ram.ReferencedDocumentType;
import org.ecites.xml.cefact.ram.SpecifiedPeriodType;
import org.ecites.xml.cefact.ram.SupplyChainConsignmentType;
import org.ecites.xml.cefact.ram.TradeCountryType;
import org.ecites.xml.cefact.ram.TradeLineItemType;
import org.ecites.xml.cefact.ram.TradePartyType;
import org.ecites.xml.cefact.ram.TradeProductType;
import org.ecites.xml.cefact.ram.TransportEventType;
import org.ecites.xml.cefact.rsm.CITESEPermitType;

/**
 * The message back to our document. Takes what another system may leave out: without our document id the
 * id is derived from the issuing Party and number, so the same document read twice is the same document.
 */
final class PermitXmlReader {

    private static final String UUID_URN = "urn:uuid:";

    private PermitXmlReader() {
    }

    static PermitMessage read(CITESEPermitType xml) {
        HeaderExchangedDocumentType header = xml.getHeaderExchangedDocument();
        SupplyChainConsignmentType consignment = xml.getSpecifiedSupplyChainConsignment();
        DocumentType type = DocumentTitles.typeOf(value(header.getTypeCode()), value(header.getName()));
        String number = value(header.getID());
        String exporterParty = countryOf(consignment.getConsignorTradeParty());
        String importerParty = countryOf(consignment.getConsigneeTradeParty());
        TradePartyType authority = Optional.ofNullable(header.getFirstSignatoryDocumentAuthentication())
                .map(DocumentAuthenticationType::getProviderTradeParty).orElse(null);
        String issuingParty = Optional.ofNullable(countryOf(authority))
                .orElse(type == DocumentType.IMPORT ? importerParty : exporterParty);
        if (issuingParty == null) {
            throw new PermitXmlException(PermitXmlException.Reason.INVALID,
                    "box 6: the issuing Management Authority's country is missing");
        }
        Optional<SpecifiedPeriodType> validity = Optional.ofNullable(header.getEffectiveSpecifiedPeriod());
        List<LineItem> items = consignment.getIncludedSupplyChainConsignmentItem().stream()
                .map(PermitXmlReader::lineItem).toList();
        PermitDocument permit = new PermitDocument(permitId(header, issuingParty), number, type, issuingParty,
                exporterParty, importerParty, tradeParty(consignment.getConsignorTradeParty(), exporterParty),
                tradeParty(consignment.getConsigneeTradeParty(), importerParty),
                authority == null || authority.getName() == null ? null : tradeParty(authority, issuingParty),
                value(header.getPurposeCode()),
                header.getInformation().isEmpty() ? null : value(header.getInformation().getFirst()),
                ReferencedDocuments.find(header.getReferenceReferencedDocument(), ReferencedDocuments.IMPORT_PERMIT)
                        .map(document -> value(document.getID())).orElse(null),
                dayOf(validity.map(SpecifiedPeriodType::getStartDateTime).orElse(null)),
                dayOf(validity.map(SpecifiedPeriodType::getEndDateTime).orElse(null)),
                instantOf(header.getIssueDateTime()),
                header.getIssueLogisticsLocation() == null ? null : value(header.getIssueLogisticsLocation().getName()),
                items, null);
        return new PermitMessage(permit, examination(consignment, ExaminationKind.EXPORT),
                examination(consignment, ExaminationKind.IMPORT));
    }

    private static UUID permitId(HeaderExchangedDocumentType header, String issuingParty) {
        String uri = header.getURIID();
        if (uri != null && uri.startsWith(UUID_URN)) {
            try {
                return UUID.fromString(uri.substring(UUID_URN.length()));
            } catch (IllegalArgumentException notOurs) {
                // another system's identifier: fall through to the derived one
            }
        }
        return UUID.nameUUIDFromBytes((issuingParty + "/" + value(header.getID())).getBytes(StandardCharsets.UTF_8));
    }

    private static String countryOf(TradePartyType party) {
        return party == null || party.getPostalTradeAddress() == null ? null
                : value(party.getPostalTradeAddress().getCountryID());
    }

    private static TradeParty tradeParty(TradePartyType party, String country) {
        if (party == null) {
            return null;
        }
        String address = party.getPostalTradeAddress() == null ? null
                : value(party.getPostalTradeAddress().getStreetName());
        return new TradeParty(value(party.getName()), address, country);
    }

    private static Examination examination(SupplyChainConsignmentType consignment, ExaminationKind kind) {
        Optional<TransportEventType> event = consignment.getExaminationTransportEvent().stream()
                .filter(e -> ExaminationKind.of(value(e.getTypeCode())) == kind).findFirst();
        List<BlockQuantity> quantities = new ArrayList<>();
        for (ConsignmentItemType item : consignment.getIncludedSupplyChainConsignmentItem()) {
            item.getExaminationTransportEvent().stream()
                    .filter(e -> ExaminationKind.of(value(e.getTypeCode())) == kind && e.getUnitQuantity() != null)
                    .findFirst()
                    .ifPresent(e -> quantities.add(new BlockQuantity(value(item.getID()), e.getUnitQuantity().getValue())));
        }
        if (event.isEmpty() && quantities.isEmpty()) {
            return null;
        }
        TransportEventType examined = event.orElseGet(TransportEventType::new);
        String transportDocument = kind == ExaminationKind.EXPORT && consignment.getTransportContractReferencedDocument() != null
                ? value(consignment.getTransportContractReferencedDocument().getID()) : null;
        return new Examination(dayOf(examined.getActualOccurrenceDateTime()),
                examined.getOccurrenceLogisticsLocation() == null ? null
                        : value(examined.getOccurrenceLogisticsLocation().getID()),
                examined.getCertifyingTradeParty() == null ? null : value(examined.getCertifyingTradeParty().getName()),
                ReferencedDocuments.find(examined.getAssociatedReferencedDocument(),
                        ReferencedDocuments.CUSTOMS_DECLARATION).map(d -> value(d.getID())).orElse(null),
                transportDocument, quantities);
    }

    private static LineItem lineItem(ConsignmentItemType item) {
        TradeLineItemType line = item.getIncludedSupplyChainTradeLineItem();
        TradeProductType product = line.getSpecifiedTradeProduct();
        Optional<CrossBorderRegulatoryProcedureType> procedure =
                Optional.ofNullable(line.getApplicableCrossBorderRegulatoryProcedure());
        Optional<ReferencedDocumentType> origin = ReferencedDocuments.find(line.getAssociatedReferencedDocument(),
                ReferencedDocuments.ORIGIN_PERMIT);
        Optional<ReferencedDocumentType> reExport = ReferencedDocuments.find(line.getAssociatedReferencedDocument(),
                ReferencedDocuments.RE_EXPORT_CERTIFICATE);
        var quantity = item.getTransportLogisticsPackage() == null ? null
                : item.getTransportLogisticsPackage().getItemQuantity();
        return new LineItem(value(item.getID()), value(product.getScientificName()),
                product.getCommonName().isEmpty() ? null : value(product.getCommonName().getFirst()),
                value(product.getDescription()), value(line.getTypeCode()), value(line.getTypeExtensionCode()),
                value(product.getTypeCode()), quantity == null ? null : quantity.getValue(), unitOf(quantity),
                procedure.map(p -> p.getUsedToDateQuotaQuantity()).map(q -> q.getValue()).orElse(null),
                procedure.map(p -> p.getAnnualQuotaQuantity()).map(q -> q.getValue()).orElse(null),
                countryOf(line.getOriginTradeCountry()), origin.map(d -> value(d.getID())).orElse(null),
                origin.map(d -> dayOf(d.getIssueDateTime())).orElse(null),
                countryOf(line.getExportTradeCountry()), reExport.map(d -> value(d.getID())).orElse(null),
                reExport.map(d -> dayOf(d.getIssueDateTime())).orElse(null),
                procedure.map(p -> p.getPreviousReferencedDocument()).map(d -> value(d.getID())).orElse(null),
                procedure.map(p -> dayOf(p.getAcquisitionDateTime())).orElse(null), null, null);
    }

    private static String countryOf(TradeCountryType country) {
        return country == null ? null : value(country.getID());
    }
}
