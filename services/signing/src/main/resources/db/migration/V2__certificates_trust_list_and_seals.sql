-- Each Party's CITES signing CA; its private key sealed under the master key like the signing keys'.
create table party_authority (
    party                  varchar(2)  primary key,
    certificate            bytea       not null,
    encrypted_private_key  bytea       not null,
    created_at             timestamptz not null
);

-- The platform's trust anchor, which signs the trust list; one row.
create table trust_anchor (
    id                     smallint    primary key check (id = 1),
    certificate            bytea       not null,
    encrypted_private_key  bytea       not null,
    created_at             timestamptz not null
);

-- Signing keys now carry a certificate from their Party's CA. Keys made before certificates existed
-- cannot be listed in the trust list, so they sign no more.
alter table signing_key
    add column key_name          text,
    add column certificate       bytea,
    add column not_before        timestamptz,
    add column not_after         timestamptz,
    add column revoked_at        timestamptz,
    add column revoked_by        text,
    add column revocation_reason text;
update signing_key set active = false, key_name = key_id where certificate is null;
alter table signing_key alter column key_name set not null;
alter table signing_key drop column algorithm;

-- The permit's signatures: the JWS over the whole document and the seal of its QR code.
alter table signed_permit
    add column jws  text,
    add column seal text;
alter table signed_permit drop column signature;

-- Every publication of the trust list, kept: a verifier may ask which list was current when.
create table trust_list (
    sequence     bigint      primary key,
    jws          text        not null,
    issued_at    timestamptz not null,
    next_update  timestamptz not null
);
create sequence trust_list_sequence;

-- What customs saw leave, per line item (box 14), for the status behind the QR code.
create table permit_endorsement (
    id              uuid        primary key,
    endorsement_id  uuid        not null,
    permit_id       uuid        not null references signed_permit (permit_id),
    item_id         varchar(8)  not null,
    quantity        numeric     not null,
    endorsed_on     date        not null,
    port            text        not null,
    unique (endorsement_id, item_id)
);
create index permit_endorsement_by_permit on permit_endorsement (permit_id);
