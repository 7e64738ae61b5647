-- An application has no number, dates or issuing officer until it is issued.
alter table permit
    alter column permit_number drop not null,
    alter column valid_from drop not null,
    alter column valid_until drop not null,
    alter column issued_at drop not null,
    alter column issued_by drop not null,
    add column application     text,
    add column applied_by      text,
    add column applied_at      timestamptz,
    add column replaces_id     uuid references permit (id),
    add column status_reason   text;

-- Who requested, approved, processed, issued, signed, sent, endorsed or changed a document, and when
-- (Res. Conf. 12.3 on electronic permits). Each entry carries the hash of the one before it for the same
-- document, so an edited or deleted entry breaks the chain. Entries are kept at least five years after
-- the document expires; nothing in the product deletes them.
create table audit_entry (
    id          bigint generated always as identity primary key,
    permit_id   uuid        not null references permit (id),
    tenant      varchar(2)  not null,
    at          timestamptz not null,
    actor       text        not null,
    role        text        not null,
    action      text        not null,
    detail      text        not null,
    prev_hash   varchar(64) not null,
    hash        varchar(64) not null
);
create index audit_entry_by_permit on audit_entry (permit_id, id);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are append-only (% refused)', tg_op;
end;
$$;
create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
