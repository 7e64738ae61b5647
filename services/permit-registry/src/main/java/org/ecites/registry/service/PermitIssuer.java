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
import org.ecites.events.PermitReplaced;
import org.ecites.events.TradeParty;
import org.ecites.platform.outbox.Outbox;
import org.ecites.reference.DocumentCodeNames;
import org.ecites.reference.Listing;
import org.ecites.registry.reference.ChecklistHolder;
import org.ecites.registry.reference.CodeListHolder;
import org.ecites.registry.reference.HostedParties;
import org.ecites.registry.repository.Findings;
import org.ecites.registry.repository.Permit;
import org.ecites.registry.repository.PermitNumbers;
import org.ecites.registry.repository.PermitStatus;
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
    private final StoredApplications storedApplications;
    private final ChecklistHolder checklists;
    private final HostedParties parties;
    private final CodeListHolder codeLists;
    private final Clock clock;

    PermitIssuer(PermitRules rules, PermitNumbers numbers, Outbox outbox, AuditTrail audit, PermitLifecycle lifecycle,
            QuotaLedger ledger, StoredApplications storedApplications, ChecklistHolder checklists,
            HostedParties parties, CodeListHolder codeLists, Clock clock) {
        this.parties = parties;
        this.codeLists = codeLists;
        this.checklists = checklists;
        this.clock = clock;
        this.rules = rules;
        this.numbers = numbers;
        this.outbox = outbox;
        this.audit = audit;
        this.lifecycle = lifecycle;
        this.ledger = ledger;
        this.storedApplications = storedApplications;
    }

    @Transactional
    public Permit apply(PermitApplication application, String party, Actor applicant) {
        PermitDraft draft = draft(application, party);
        rules.check(draft);
        Permit permit = Permit.of(document(UUID.randomUUID(), null, draft, null, List.of()), null,
                findings(application));
        permit.status = PermitStatus.APPLIED;
        permit.validUntil = application.validUntil();
        permit.application = storedApplications.encode(application);
        permit.appliedBy = applicant.name();
        permit.appliedAt = clock.instant();
        permit.persist();
        audit.begin(permit, applicant, "APPLIED", "application for a " + application.documentType() + " document");
        return permit;
    }

    @Transactional
    public Permit issue(PermitApplication application, String party, Actor officer) {
        Permit permit = Permit.of(issuedDocument(UUID.randomUUID(), application, party), officer.name(),
                findings(application));
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
        PermitApplication application = storedApplications.decode(permit.application);
        permit.fill(issuedDocument(permit.id, application, party), officer.name(), findings(application));
        permit.status = PermitStatus.ISSUED;
        audit.record(permit, officer, "ISSUED", issuedDetail(permit));
        announceIssue(permit);
        return permit;
    }

    /** Voids an issued document and issues its replacement, which names the document it replaces. */
    @Transactional
    public Permit replace(String party, UUID id, Long expectedVersion, PermitApplication application, String reason,
            Actor officer) {
        Permit old = lifecycle.load(party, id, expectedVersion);
        PermitLifecycle.requireMove(old, PermitStatus.REPLACED);
        Permit replacement = issue(application, party, officer);
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

    private PermitDocument issuedDocument(UUID id, PermitApplication application, String party) {
        PermitDraft draft = draft(application, party);
        rules.check(draft);
        List<QuotaLedger.Position> quotas = ledger.draw(draft);
        return DocumentCodeNames.named(document(id, numbers.next(party, draft.today().getYear()), draft,
                clock.instant(), quotas), codeLists.codeLists());
    }

    /** A Party that is not hosted here (never onboarded, or offboarded) issues nothing, whatever its tokens say. */
    private PermitDraft draft(PermitApplication application, String party) {
        return new PermitDraft(application, parties.requireHosted(party), today());
    }

    private PermitDocument document(UUID id, String number, PermitDraft draft, Instant issuedAt,
            List<QuotaLedger.Position> quotas) {
        PermitApplication application = draft.application();
        return new PermitDocument(id, number, application.documentType(), draft.issuingParty(),
                draft.exporterCountry(), draft.importerCountry(),
                tradeParty(application.exporter(), draft.exporterCountry()),
                tradeParty(application.importer(), draft.importerCountry()),
                parties.managementAuthorityOf(draft.issuingParty()).orElse(null), application.purpose(),
                application.specialConditions(), application.importPermitNumber(),
                issuedAt == null ? null : draft.today(), issuedAt == null ? null : ValidityRule.validUntil(draft),
                issuedAt, application.placeOfIssue(), lineItems(draft, quotas), null);
    }

    private static TradeParty tradeParty(PermitApplication.Trader party, String country) {
        return new TradeParty(party.name().strip(), party.address().strip(), country);
    }

    private static String listingNote(Listing.Lookup lookup, PermitApplication.Item item) {
        if (item.notCoveredReason() == null) {
            return lookup.note();
        }
        String issuedAnyway = "issued although its annotation leaves it outside CITES: " + item.notCoveredReason().strip();
        return lookup.note() == null ? issuedAnyway : lookup.note() + "; " + issuedAnyway;
    }

    /** Blocks are labelled A, B, C ... in the order given, as on the paper form, with box 7 as the checklist read it. */
    private List<LineItem> lineItems(PermitDraft draft, List<QuotaLedger.Position> quotas) {
        List<LineItem> items = new ArrayList<>();
        List<PermitApplication.Item> requested = draft.application().lineItems();
        for (int i = 0; i < requested.size(); i++) {
            PermitApplication.Item item = requested.get(i);
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

    private static List<Findings> findings(PermitApplication application) {
        return application.lineItems().stream()
                .map(item -> new Findings(item.nonDetrimentFinding(), item.legalAcquisitionFinding())).toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
