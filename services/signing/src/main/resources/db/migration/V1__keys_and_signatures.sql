create table signing_key (
    key_id                 varchar(16) primary key,
    party                  varchar(2)  not null,
    algorithm              text        not null,
    public_key             bytea       not null,
    encrypted_private_key  bytea       not null,
    created_at             timestamptz not null,
    active                 boolean     not null
);
-- One key signs for a Party at a time; older keys stay for verification.
create unique index signing_key_one_active_per_party on signing_key (party) where active;

create table signed_permit (
    permit_id       uuid primary key,
    permit_number   varchar(35) not null,
    issuer_party    varchar(2)  not null,
    document        text        not null,
    signature       bytea       not null,
    key_id          varchar(16) not null references signing_key (key_id),
    signed_at       timestamptz not null,
    status          varchar(16) not null,
    constraint signed_permit_number_unique unique (issuer_party, permit_number)
);
