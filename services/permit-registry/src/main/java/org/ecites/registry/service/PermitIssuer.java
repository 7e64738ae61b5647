package org.ecites.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ecites.events.LineItem;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitIssued;
import org.ecites.platform.outbox.Outbox;
import org.ecites.registry.config.RegistryConfig;
import org.ecites.registry.repository.Permit;
import org.ecites.registry.repository.PermitNumbers;
import org.ecites.registry.rest.IssuePermitRequest;

/** Issues a permit: rules, number, the stored document and its PermitIssued event, in one transaction. */
@ApplicationScoped
public class PermitIssuer {

    private final PermitRules rules;
    private final PermitNumbers numbers;
    private final Outbox outbox;
    private final RegistryConfig config;
    private final Clock clock = Clock.systemUTC();

    PermitIssuer(PermitRules rules, PermitNumbers numbers, Outbox outbox, RegistryConfig config) {
        this.rules = rules;
        this.numbers = numbers;
        this.outbox = outbox;
        this.config = config;
    }

    @Transactional
    public Permit issue(IssuePermitRequest request, String party, String officer) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate latestValidUntil = today.plus(config.exportValidity());
        rules.check(request, party, today, latestValidUntil);

        PermitDocument document = new PermitDocument(UUID.randomUUID(), numbers.next(party, today.getYear()),
                request.documentType(), party, request.importerParty(), request.purpose(), today,
                request.validUntil() != null ? request.validUntil() : latestValidUntil, now, lineItems(request));
        Permit permit = Permit.of(document, officer);
        permit.persist();
        outbox.record(new PermitIssued(document), party);
        return permit;
    }

    /** Blocks are labelled A, B, C ... in the order given, as on the paper form. */
    private static List<LineItem> lineItems(IssuePermitRequest request) {
        List<LineItem> items = new ArrayList<>();
        for (int i = 0; i < request.lineItems().size(); i++) {
            IssuePermitRequest.Item item = request.lineItems().get(i);
            items.add(new LineItem(String.valueOf((char) ('A' + i)), item.scientificName().strip(), item.appendix(),
                    item.source(), item.term(), item.quantity(), item.unit(), item.originCountry()));
        }
        return items;
    }
}
