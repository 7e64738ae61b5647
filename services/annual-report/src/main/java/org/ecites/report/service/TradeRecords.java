package org.ecites.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecites.events.EventType;
import org.ecites.events.LineItem;
import org.ecites.events.MalformedEventException;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitEndorsed;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;
import org.ecites.report.repository.TradeRecord;

/** Turns each export endorsement into trade records of the exporting Party, one per endorsed block. */
@ApplicationScoped
public class TradeRecords implements EventHandler<PermitEndorsed> {

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(PermitEndorsed endorsed) {
        PermitDocument permit = endorsed.permit();
        Map<String, LineItem> items = permit.lineItems().stream()
                .collect(Collectors.toMap(LineItem::itemId, Function.identity()));
        for (PermitEndorsed.EndorsedQuantity quantity : endorsed.quantities()) {
            LineItem item = items.get(quantity.itemId());
            if (item == null) {
                throw new MalformedEventException("endorsement " + endorsed.endorsementId()
                        + " names block " + quantity.itemId() + " that permit " + permit.permitNumber() + " lacks");
            }
            TradeRecord record = new TradeRecord();
            record.id = UUID.randomUUID();
            record.reporterParty = permit.exporterParty();
            record.year = endorsed.endorsedOn().getYear();
            record.endorsementId = endorsed.endorsementId();
            record.itemId = item.itemId();
            record.appendix = item.appendix();
            record.speciesName = item.scientificName();
            record.termCode = item.term();
            record.quantity = quantity.quantity();
            record.unitCode = item.unit();
            record.tradingPartner = permit.importerParty();
            record.countryOfOrigin = item.originCountry();
            record.exportPermit = permit.permitNumber();
            record.purposeCode = permit.purpose();
            record.sourceCode = item.source();
            record.persist();
        }
    }

    @Override
    public EventType handles() {
        return EventType.PERMIT_ENDORSED;
    }

    @Override
    public void handle(ReceivedEvent<PermitEndorsed> event) {
        record(event.payload());
    }
}
