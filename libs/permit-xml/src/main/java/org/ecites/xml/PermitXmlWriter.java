package org.ecites.xml;

import static org.ecites.xml.XmlValues.code;
import static org.ecites.xml.XmlValues.day;
import static org.ecites.xml.XmlValues.id;
import static org.ecites.xml.XmlValues.instant;
import static org.ecites.xml.XmlValues.quantity;
import static org.ecites.xml.XmlValues.text;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ecites.events.LineItem;
import org.ecites.events.PermitDocument;
import org.ecites.events.TradeParty;
import org.ecites.xml.PermitMessage.BlockQuantity;
import org.ecites.xml.PermitMessage.Examination;
import org.ecites.xml.cefact.ram.ConsignmentItemType;
import org.ecites.xml.cefact.ram.CrossBorderRegulatoryProcedureType;
import org.ecites.xml.cefact.ram.DocumentAuthenticationType;
import org.ecites.xml.cefact.ram.DocumentContextParameterType;
import org.ecites.xml.cefact.ram.ExchangedDocumentContextType;
import org.ecites.xml.cefact.ram.HeaderExchangedDocumentType;
import org.ecites.xml.cefact.ram.LogisticsLocationType;
import org.ecites.xml.cefact.ram.LogisticsPackageType;
import org.ecites.xml.cefact.ram.SpecifiedPeriodType;
import org.ecites.xml.cefact.ram.SupplyChainConsignmentType;
import org.ecites.xml.cefact.ram.TradeAddressType;
import org.ecites.xml.cefact.ram.TradeCountryType;
import org.ecites.xml.cefact.ram.TradeLineItemType;
import org.ecites.xml.cefact.ram.TradePartyType;
import org.ecites.xml.cefact.ram.TradeProductType;
import org.ecites.xml.cefact.ram.TransportEventType;
import org.ecites.xml.cefact.rsm.CITESEPermitType;

/** Our document to the message, box by box (cites-domain.md §1.2); {@link PermitXmlReader} is its inverse. */
final class PermitXmlWriter {

    private PermitXmlWriter() {
    }

    static CITESEPermitType write(PermitMessage message) {
        PermitDocument permit = message.permit();
        CITESEPermitType xml = new CITESEPermitType();
        xml.setSpecifiedExchangedDocumentContext(context());
        xml.setHeaderExchangedDocument(header(permit));
        SupplyChainConsignmentType consignment = new SupplyChainConsignmentType();
        consignment.setConsignorTradeParty(tradeParty(permit.exporter(), permit.exporterParty()));
        consignment.setConsigneeTradeParty(tradeParty(permit.importer(), permit.importerParty()));
        examine(consignment, message.exportEndorsement(), ExaminationKind.EXPORT);
        examine(consignment, message.importClearance(), ExaminationKind.IMPORT);
        if (message.exportEndorsement() != null && message.exportEndorsement().transportDocument() != null) {
            consignment.setTransportContractReferencedDocument(
                    ReferencedDocuments.of(message.exportEndorsement().transportDocument(), null, null));
        }
        for (LineItem item : permit.lineItems()) {
            consignment.getIncludedSupplyChainConsignmentItem().add(consignmentItem(item, message));
        }
        xml.setSpecifiedSupplyChainConsignment(consignment);
        return xml;
    }

    private static ExchangedDocumentContextType context() {
        DocumentContextParameterType process = new DocumentContextParameterType();
        process.setID(id("CITES PERMITTING"));
        DocumentContextParameterType bim = new DocumentContextParameterType();
        bim.setID(id("09A"));
        ExchangedDocumentContextType context = new ExchangedDocumentContextType();
        context.setBusinessProcessSpecifiedDocumentContextParameter(process);
        context.setBIMSpecifiedDocumentContextParameter(bim);
        return context;
    }

    private static HeaderExchangedDocumentType header(PermitDocument permit) {
        HeaderExchangedDocumentType header = new HeaderExchangedDocumentType();
        header.setID(id(permit.permitNumber()));
        header.setURIID("urn:uuid:" + permit.permitId());
        header.setName(text(DocumentTitles.titleOf(permit.documentType())));
        header.setTypeCode(code(permit.documentType().code()));
        header.getTypeCode().setListID("1001");
        header.getTypeCode().setListAgencyID("6");
        header.setPurposeCode(code(permit.purpose()));
        if (permit.specialConditions() != null) {
            header.getInformation().add(text(permit.specialConditions()));
        }
        header.setIssueDateTime(instant(permit.issuedAt()));
        SpecifiedPeriodType validity = new SpecifiedPeriodType();
        validity.setStartDateTime(day(permit.validFrom()));
        validity.setEndDateTime(day(permit.validUntil()));
        header.setEffectiveSpecifiedPeriod(validity);
        header.setIssueLogisticsLocation(location(null, permit.placeOfIssue()));
        if (permit.importPermitNumber() != null) {
            header.getReferenceReferencedDocument()
                    .add(ReferencedDocuments.of(permit.importPermitNumber(), ReferencedDocuments.IMPORT_PERMIT, null));
        }
        DocumentAuthenticationType authority = new DocumentAuthenticationType();
        authority.setTypeCode(code("A"));
        authority.setProviderTradeParty(tradeParty(permit.issuingAuthority(), permit.issuingParty()));
        header.setFirstSignatoryDocumentAuthentication(authority);
        return header;
    }

    private static TradePartyType tradeParty(TradeParty party, String country) {
        TradeAddressType address = new TradeAddressType();
        address.setCountryID(id(country));
        TradePartyType xml = new TradePartyType();
        if (party != null) {
            xml.setName(text(party.name()));
            address.setStreetName(text(party.address()));
        }
        xml.setPostalTradeAddress(address);
        return xml;
    }

    private static LogisticsLocationType location(String id, String name) {
        if (id == null && name == null) {
            return null;
        }
        LogisticsLocationType location = new LogisticsLocationType();
        location.setID(id(id));
        location.setName(text(name));
        return location;
    }

    private static void examine(SupplyChainConsignmentType consignment, Examination examination, ExaminationKind kind) {
        if (examination == null) {
            return;
        }
        TransportEventType event = new TransportEventType();
        event.setTypeCode(code(kind.code()));
        event.setActualOccurrenceDateTime(day(examination.on()));
        event.setOccurrenceLogisticsLocation(location(examination.port(), null));
        if (examination.officer() != null) {
            TradePartyType officer = new TradePartyType();
            officer.setName(text(examination.officer()));
            event.setCertifyingTradeParty(officer);
        }
        if (examination.customsDeclaration() != null) {
            event.getAssociatedReferencedDocument().add(ReferencedDocuments.of(examination.customsDeclaration(),
                    ReferencedDocuments.CUSTOMS_DECLARATION, null));
        }
        consignment.getExaminationTransportEvent().add(event);
    }

    private static ConsignmentItemType consignmentItem(LineItem item, PermitMessage message) {
        ConsignmentItemType xml = new ConsignmentItemType();
        xml.setID(id(item.itemId()));
        itemExamination(xml, item, message.exportEndorsement(), ExaminationKind.EXPORT);
        itemExamination(xml, item, message.importClearance(), ExaminationKind.IMPORT);
        xml.setIncludedSupplyChainTradeLineItem(tradeLineItem(item));
        LogisticsPackageType packaging = new LogisticsPackageType();
        packaging.setItemQuantity(quantity(item.quantity(), item.unit()));
        xml.setTransportLogisticsPackage(packaging);
        return xml;
    }

    private static void itemExamination(ConsignmentItemType xml, LineItem item, Examination examination,
            ExaminationKind kind) {
        if (examination == null) {
            return;
        }
        Map<String, BlockQuantity> counted = examination.quantities().stream()
                .collect(Collectors.toMap(BlockQuantity::itemId, Function.identity()));
        BlockQuantity quantity = counted.get(item.itemId());
        if (quantity != null) {
            TransportEventType event = new TransportEventType();
            event.setTypeCode(code(kind.code()));
            event.setUnitQuantity(quantity(quantity.quantity(), item.unit()));
            xml.getExaminationTransportEvent().add(event);
        }
    }

    private static TradeLineItemType tradeLineItem(LineItem item) {
        TradeProductType product = new TradeProductType();
        product.setScientificName(text(item.scientificName()));
        if (item.commonName() != null) {
            product.getCommonName().add(text(item.commonName()));
        }
        product.setDescription(text(item.description()));
        product.setTypeCode(code(item.term()));
        TradeLineItemType line = new TradeLineItemType();
        line.setTypeCode(code(item.appendix()));
        line.setTypeExtensionCode(code(item.source()));
        line.setSpecifiedTradeProduct(product);
        line.setApplicableCrossBorderRegulatoryProcedure(procedure(item));
        line.setOriginTradeCountry(country(item.originCountry()));
        line.setExportTradeCountry(country(item.lastReExportCountry()));
        Stream.of(ReferencedDocuments.of(item.originPermitNumber(), ReferencedDocuments.ORIGIN_PERMIT,
                                item.originPermitDate()),
                        ReferencedDocuments.of(item.lastReExportCertificateNumber(),
                                ReferencedDocuments.RE_EXPORT_CERTIFICATE, item.lastReExportDate()))
                .filter(Objects::nonNull)
                .forEach(line.getAssociatedReferencedDocument()::add);
        return line;
    }

    private static CrossBorderRegulatoryProcedureType procedure(LineItem item) {
        if (item.quotaUsedToDate() == null && item.annualQuota() == null && item.registeredOperation() == null
                && item.acquisitionDate() == null) {
            return null;
        }
        CrossBorderRegulatoryProcedureType procedure = new CrossBorderRegulatoryProcedureType();
        procedure.setUsedToDateQuotaQuantity(quantity(item.quotaUsedToDate(), item.unit()));
        procedure.setAnnualQuotaQuantity(quantity(item.annualQuota(), item.unit()));
        procedure.setPreviousReferencedDocument(ReferencedDocuments.of(item.registeredOperation(), null, null));
        procedure.setAcquisitionDateTime(day(item.acquisitionDate()));
        return procedure;
    }

    private static TradeCountryType country(String country) {
        if (country == null) {
            return null;
        }
        TradeCountryType xml = new TradeCountryType();
        xml.setID(id(country));
        return xml;
    }
}
