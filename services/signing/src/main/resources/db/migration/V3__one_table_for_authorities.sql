-- The Parties' CAs and the trust anchor are the same kind of thing: a named CA key with its certificate.
create table certificate_authority (
    name                   text        primary key,
    certificate            bytea       not null,
    encrypted_private_key  bytea       not null,
    created_at             timestamptz not null
);
insert into certificate_authority (name, certificate, encrypted_private_key, created_at)
    select 'authority:' || party, certificate, encrypted_private_key, created_at from party_authority;
insert into certificate_authority (name, certificate, encrypted_private_key, created_at)
    select 'trust-anchor', certificate, encrypted_private_key, created_at from trust_anchor;
drop table party_authority;
drop table trust_anchor;
