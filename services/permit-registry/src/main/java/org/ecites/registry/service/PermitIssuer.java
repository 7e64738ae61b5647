package org.ecites.registry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.ecites.events.PermitReplaced;
import org.ecites.events.TradeParty;
import org.ecites.platform.outbox.Outbox;
import org.ecites.reference.Listing;
import org.ecites.registry.reference.ChecklistHolder;
import org.ecites.registry.reference.HostedParties;
import org.ecites.registry.repository.Findings;
import org.ecites.registry.repository.Permit;
import org.ecites.registry.repository.PermitNumbers;
import org.ecites.registry.repository.PermitStatus;
import org.ecites.registry.rest.IssuePermitRequest;
import org.ecites.registry.service.rules.PermitDraft;
import org.ecites.registry.service.rules.PermitRules;
import org.ecites.registry.service.rules.QuotaLedger;
import org.ecites.registry.service.rules.ValidityRule;

/**
 * Brings documents into being: an applicant's application, an officer's direct issue, the issue of a
 * reviewed application, and the replacement of an issued document. Rules, number, stored document,
 * audit entry and events commit together.
 */
@ApplicationScoped
public class PermitIssuer {

    private final PermitRules rules;
    private final PermitNumbers numbers;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final PermitLifecycle lifecycle;
    private final QuotaLedger ledger;
    private final ObjectMapper json;
    private final ChecklistHolder checklists;
    private final HostedParties parties;
    private final Clock clock;

    PermitIssuer(PermitRules rules, PermitNumbers numbers, Outbox outbox, AuditTrail audit, PermitLifecycle lifecycle,
            QuotaLedger ledger, ObjectMapper json, ChecklistHolder checklists, HostedParties parties, Clock clock) {
        this.parties = parties;
        this.checklists = checklists;
        this.clock = clock;
        this.rules = rules;
        this.numbers = numbers;
        this.outbox = outbox;
        this.audit = audit;
        this.lifecycle = lifecycle;
        this.ledger = ledger;
        this.json = json;
    }

    @Transactional
    public Permit apply(IssuePermitRequest request, String party, Actor applicant) {
        PermitDraft draft = draft(request, party);
        rules.check(draft);
        Permit permit = Permit.of(document(UUID.randomUUID(), null, draft, null, List.of()), null,
                findings(request));
        permit.status = PermitStatus.APPLIED;
        permit.validUntil = request.validUntil();
        permit.application = encode(request);
        permit.appliedBy = applicant.name();
        permit.appliedAt = clock.instant();
        permit.persist();
        audit.begin(permit, applicant, "APPLIED", "application for a " + request.documentType() + " document");
        return permit;
    }

    @Transactional
    public Permit issue(IssuePermitRequest request, String party, Actor officer) {
        Permit permit = Permit.of(issuedDocument(UUID.randomUUID(), request, party), officer.name(), findings(request));
        permit.status = PermitStatus.ISSUED;
        permit.persist();
        audit.begin(permit, officer, "ISSUED", issuedDetail(permit));
        announceIssue(permit);
        return permit;
    }

    @Transactional
    public Permit issueApplication(String party, UUID id, Long expectedVersion, Actor officer) {
        Permit permit = lifecycle.load(party, id, expectedVersion);
        PermitLifecycle.requireMove(permit, PermitStatus.ISSUED);
        IssuePermitRequest request = decode(permit.application);
        permit.fill(issuedDocument(permit.id, request, party), officer.name(), findings(request));
        permit.status = PermitStatus.ISSUED;
        audit.record(permit, officer, "ISSUED", issuedDetail(permit));
        announceIssue(permit);
        return permit;
    }

    /** Voids an issued document and issues its replacement, which names the document it replaces. */
    @Transactional
    public Permit replace(String party, UUID id, Long expectedVersion, IssuePermitRequest request, String reason,
            Actor officer) {
        Permit old = lifecycle.load(party, id, expectedVersion);
        PermitLifecycle.requireMove(old, PermitStatus.REPLACED);
        Permit replacement = issue(request, party, officer);
        replacement.replacesId = old.id;
        lifecycle.move(old, PermitStatus.REPLACED, officer, "REPLACED", "by " + replacement.permitNumber + ": " + reason);
        ledger.giveBack(old);
        old.statusReason = reason;
        outbox.record(new PermitReplaced(old.toDocument(), replacement.id, replacement.permitNumber, reason,
                clock.instant()), party);
        return replacement;
    }

    private void announceIssue(Permit permit) {
        outbox.record(new PermitIssued(permit.toDocument()), permit.tenant);
    }

    private static String issuedDetail(Permit permit) {
        return "number " + permit.permitNumber + ", valid until " + permit.validUntil;
    }

    private PermitDocument issuedDocument(UUID id, IssuePermitRequest request, String party) {
        PermitDraft draft = draft(request, party);
        rules.check(draft);
        List<QuotaLedger.Position> quotas = ledger.draw(draft);
        return document(id, numbers.next(party, draft.today().getYear()), draft, clock.instant(), quotas);
    }

    /** A Party that is not hosted here (never onboarded, or offboarded) issues nothing, whatever its tokens say. */
    private PermitDraft draft(IssuePermitRequest request, String party) {
        return new PermitDraft(request, parties.requireHosted(party), today());
    }

    private PermitDocument document(UUID id, String number, PermitDraft draft, Instant issuedAt,
            List<QuotaLedger.Position> quotas) {
        IssuePermitRequest request = draft.request();
        return new PermitDocument(id, number, request.documentType(), draft.issuingParty(), draft.exporterCountry(),
                draft.importerCountry(), tradeParty(request.exporter(), draft.exporterCountry()),
                tradeParty(request.importer(), draft.importerCountry()),
                parties.managementAuthorityOf(draft.issuingParty()).orElse(null), request.purpose(),
                request.specialConditions(), request.importPermitNumber(), issuedAt == null ? null : draft.today(),
                issuedAt == null ? null : ValidityRule.validUntil(draft), issuedAt, request.placeOfIssue(),
                lineItems(draft, quotas));
    }

    private static TradeParty tradeParty(IssuePermitRequest.TradePartyRequest party, String country) {
        return new TradeParty(party.name().strip(), party.address().strip(), country);
    }

    private static String listingNote(Listing.Lookup lookup, IssuePermitRequest.Item item) {
        if (item.notCoveredReason() == null) {
            return lookup.note();
        }
        String issuedAnyway = "issued although its annotation leaves it outside CITES: " + item.notCoveredReason().strip();
        return lookup.note() == null ? issuedAnyway : lookup.note() + "; " + issuedAnyway;
    }

    /** Blocks are labelled A, B, C ... in the order given, as on the paper form, with box 7 as the checklist read it. */
    private List<LineItem> lineItems(PermitDraft draft, List<QuotaLedger.Position> quotas) {
        List<LineItem> items = new ArrayList<>();
        List<IssuePermitRequest.Item> requested = draft.request().lineItems();
        for (int i = 0; i < requested.size(); i++) {
            IssuePermitRequest.Item item = requested.get(i);
            QuotaLedger.Position quota = quotas.isEmpty() ? QuotaLedger.Position.NONE : quotas.get(i);
            Listing.Lookup lookup = draft.listingOf(item, checklists.checklist());
            items.add(new LineItem(String.valueOf((char) ('A' + i)), item.scientificName().strip(), item.commonName(),
                    item.description(), item.appendix(), item.source(), item.term(), item.quantity(), item.unit(),
                    quota.usedToDate(), quota.annualQuota(), item.originCountry(), item.originPermitNumber(), item.originPermitDate(),
                    item.lastReExportCountry(), item.lastReExportCertificateNumber(), item.lastReExportDate(),
                    item.registeredOperation(), item.acquisitionDate(), lookup.checklistName(), listingNote(lookup, item)));
        }
        return items;
    }

    private static List<Findings> findings(IssuePermitRequest request) {
        return request.lineItems().stream()
                .map(item -> new Findings(item.nonDetrimentFinding(), item.legalAcquisitionFinding())).toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private String encode(IssuePermitRequest request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the application could not be stored", e);
        }
    }

    private IssuePermitRequest decode(String application) {
        try {
            return json.readValue(application, IssuePermitRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored application is unreadable", e);
        }
    }
}
