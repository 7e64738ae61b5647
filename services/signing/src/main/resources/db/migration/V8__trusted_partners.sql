-- Partner systems' signing certificates, as the exchange announces them (PartnerChanged), listed in the
-- trust list beside the Parties' own keys. Platform data: no Party's secret, no row-level policy.
create table trusted_partner (
    partner_id          uuid primary key,
    name                text        not null,
    parties             text        not null,
    signing_certificate bytea       not null,
    retired_at          timestamptz,
    changed_at          timestamptz not null
);
