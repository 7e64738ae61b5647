-- Partner systems: other Parties' national systems and the EPIX hub's adapters. Each calls us with a TLS
-- client certificate (pinned by its SHA-256 fingerprint), serves one or more Parties, and signs their
-- documents with keys that chain to its signing certificate. Platform data: no Party's secret, no policy.
create table partner (
    id                  uuid primary key,
    name                text        not null,
    protocol            varchar(16) not null,
    endpoint            text,
    tls_certificate     text        not null,
    tls_fingerprint     varchar(64) not null unique,
    signing_certificate text        not null,
    active              boolean     not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    updated_by          text        not null
);
-- One partner per Party, so that a document has one route.
create table partner_party (
    partner_id uuid       not null references partner (id) on delete cascade,
    party      varchar(2) not null unique,
    primary key (partner_id, party)
);
create table partner_audit (
    id         uuid primary key,
    partner_id uuid        not null,
    action     varchar(16) not null,
    actor      text        not null,
    at         timestamptz not null,
    detail     text        not null
);
create index partner_audit_by_partner on partner_audit (partner_id, at);

-- The documents our Parties issued, as EPIX callers fetch them: the signed message as issued and as used,
-- the verification code (EPIX TokenId) and what became of the document.
create table outbound_document (
    permit_id         uuid primary key,
    permit_number     varchar(35) not null,
    issuing_party     varchar(2)  not null,
    other_party       varchar(2)  not null,
    document          text        not null,
    verification_code text        not null,
    issued_xml        text,
    final_xml         text,
    status            varchar(16) not null,
    updated_at        timestamptz not null,
    unique (issuing_party, permit_number)
);
alter table outbound_document enable row level security;
alter table outbound_document force row level security;
create policy outbound_document_of_either_end on outbound_document
    using (ecites_party_visible(issuing_party) or ecites_party_visible(other_party))
    with check (ecites_party_visible(issuing_party));

-- Each delivery is one message about one document to the other Party, by one route, with the ePhyto Hub's
-- states and the receiver's acknowledgement. NO_ROUTE deliveries wait to be pulled now.
alter table delivery drop constraint delivery_permit_id_key;
alter table delivery add column message varchar(24) not null default 'PERMIT';
alter table delivery alter column message drop default;
alter table delivery add constraint delivery_once_per_message unique (permit_id, message);
alter table delivery add column route varchar(8) not null default 'INBOX';
alter table delivery alter column route drop default;
update delivery set route = 'PULL', status = 'PENDING_DELIVERY' where status = 'NO_ROUTE';
alter table delivery add column partner_id uuid references partner (id);
alter table delivery add column payload text;
alter table delivery add column attempts integer not null default 0;
alter table delivery add column next_attempt_at timestamptz;
alter table delivery add column delivered_at timestamptz;
alter table delivery add column acknowledgement varchar(16);
alter table delivery add column acknowledgement_reason text;
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING_DELIVERY' and route = 'PUSH';

create table delivery_history (
    id          uuid primary key,
    delivery_id uuid        not null references delivery (id),
    sender_party    varchar(2) not null,
    recipient_party varchar(2) not null,
    at          timestamptz not null,
    status      varchar(24) not null,
    detail      text
);
create index delivery_history_by_delivery on delivery_history (delivery_id, at);
alter table delivery_history enable row level security;
alter table delivery_history force row level security;
create policy delivery_history_of_either_end on delivery_history
    using (ecites_party_visible(sender_party) or ecites_party_visible(recipient_party))
    with check (ecites_party_visible(sender_party) or ecites_party_visible(recipient_party));

-- What the importing Party received, from a hosted Party or a partner: the message, its version (as issued
-- or as used) and the importing Management Authority's decision.
alter table received_permit drop constraint received_permit_pkey;
alter table received_permit add column id uuid;
update received_permit set id = permit_id;
alter table received_permit alter column id set not null;
alter table received_permit add primary key (id);
alter table received_permit add column version varchar(8) not null default 'ISSUED';
alter table received_permit alter column version drop default;
alter table received_permit add constraint received_once_per_version unique (permit_id, version);
alter table received_permit alter column delivery_id drop not null;
alter table received_permit alter column key_id drop not null;
alter table received_permit alter column jws drop not null;
alter table received_permit add column xml text;
alter table received_permit add column partner_id uuid references partner (id);
alter table received_permit add column decision varchar(16);
alter table received_permit add column decision_reason text;
alter table received_permit add column decided_by text;
alter table received_permit add column decided_at timestamptz;
