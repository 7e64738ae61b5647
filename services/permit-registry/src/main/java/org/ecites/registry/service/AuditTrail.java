package org.ecites.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.ecites.registry.repository.AuditEntry;
import org.ecites.registry.repository.Permit;

/**
 * The tamper-evident audit trail of each document: every entry holds the SHA-256 of its own content and
 * of the entry before it, so editing or deleting any entry breaks every hash after it.
 */
@ApplicationScoped
public class AuditTrail {

    static final String GENESIS = AuditEntry.Link.START.hash();

    /** Appends an entry; the caller holds the document's lock, so entries of one document never race. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Permit permit, Actor actor, String action, String detail) {
        record(permit.id, permit.tenant, actor, action, detail);
    }

    /** Appends an entry to the trail of a document that is locked but not loaded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID permitId, String tenant, Actor actor, String action, String detail) {
        AuditEntry.Link last = AuditEntry.lastOf(permitId).orElse(AuditEntry.Link.START);
        append(permitId, tenant, actor, action, detail, last.next());
    }

    /**
     * The first entry of a document made in this transaction. No look-up for an entry before it: on the
     * issuing path that query would flush the new document while the Party's number counter is locked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void begin(Permit permit, Actor actor, String action, String detail) {
        append(permit.id, permit.tenant, actor, action, detail, AuditEntry.Link.START.next());
    }

    private static void append(UUID permitId, String tenant, Actor actor, String action, String detail,
            AuditEntry.Link link) {
        AuditEntry entry = new AuditEntry();
        entry.permitId = permitId;
        entry.tenant = tenant;
        entry.position = link.position();
        entry.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entry.actor = actor.name();
        entry.role = actor.role();
        entry.action = action;
        entry.detail = detail == null ? "" : detail;
        entry.prevHash = link.hash();
        entry.hash = hashOf(entry);
        entry.persist();
    }

    /** The first entry whose hash or link does not hold, or -1 when the whole chain holds. */
    public static int firstBrokenEntry(List<AuditEntry> trail) {
        String previous = GENESIS;
        for (int i = 0; i < trail.size(); i++) {
            AuditEntry entry = trail.get(i);
            if (!entry.prevHash.equals(previous) || !entry.hash.equals(hashOf(entry))) {
                return i;
            }
            previous = entry.hash;
        }
        return -1;
    }

    static String hashOf(AuditEntry entry) {
        String content = String.join("\u001f", entry.prevHash, entry.permitId.toString(), entry.tenant,
                entry.at.toString(), entry.actor, entry.role, entry.action, entry.detail);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
